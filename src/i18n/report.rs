//! Strings of what Kanoscope writes for people to read outside the app: the report (HTML and
//! Markdown), exported plots and spreadsheets, and the printable questionnaire.

use super::texts;
use crate::kano::Category;

texts!(
    /// Strings of reports, exported plots and spreadsheets, and questionnaires.
    ReportTexts {
        report_kind: "Kano analysis report", "Kano 分析报告";
        untitled: "Untitled project", "未命名项目";
        made_with: "Made with Kanoscope {version}.", "由 Kanoscope {version} 生成。";
        contents: "Contents", "目录";
        section_reading: "What the results say", "结论解读";
        section_method: "Method and sample", "方法与样本";
        section_better_worse: "Better–Worse diagram", "Better–Worse 象限图";
        section_categories: "Category shares per feature", "各功能的类别分布";
        section_continuous: "Continuous analysis", "连续型分析";
        section_journey: "Moments of truth", "关键时刻地图";
        section_table: "Results table", "结果明细表";
        method_intro: "Each respondent answered two questions per feature: how they would feel if the feature were there (functional) and if it were not (dysfunctional). Each answer pair is classified with the evaluation table; a feature's category follows from the category rule.", "每位受访者针对每个功能回答两个问题：具备该功能时的感受（正向问题）和不具备时的感受（反向问题）。每组回答按评价表归类，功能的类别再由归类规则确定。";
        setting: "Setting", "设置";
        value: "Value", "取值";
        segment: "Segment", "细分群体";
        segment_shown: "Respondents in this report", "本报告的受访者范围";
        all_respondents: "All respondents", "全部受访者";
        no_segment: "(no segment)", "（未分组）";
        respondents: "Respondents", "受访者";
        features: "Features", "功能数";
        sample_heading: "Respondents per segment", "各细分群体的受访者人数";
        in_this_report: "in this report", "本报告";
        total: "Total", "合计";
        quadrant_lines_at: "Quadrant lines at |Worse| = {x}, Better = {y}", "象限线位于 |Worse| = {x}，Better = {y}";
        better_short: "Better", "Better";
        worse_short: "Worse", "Worse";
        with_detail: "{setting} ({detail})", "{setting}（{detail}）";
        quadrant_line_positions: "Quadrant line positions", "象限线位置";
        quadrant_positions: "|Worse| = {x}, Better = {y}", "|Worse| = {x}，Better = {y}";
        reading_intro: "Features grouped by category, the most urgent first. A feature marked “mixed” splits the audience between two categories (Fong's test): read it as both.", "按类别分组，最紧迫的在前。标为“混合”的功能，受访者意见在两个类别之间分化（Fong 检验），应同时按两类理解。";
        reading_must_be: "Fix first. Customers take these for granted: missing them causes dissatisfaction, having them earns no praise.", "优先保障。顾客认为这些理所当然：缺失会引起不满，具备也不会带来额外满意。";
        reading_one_dimensional: "Invest in proportion. The better these are done, the happier customers are; the worse, the unhappier.", "按投入见效。做得越好顾客越满意，做得越差顾客越不满。";
        reading_attractive: "Differentiate. These delight when present and are not missed when absent.", "打造亮点。具备时让顾客惊喜，缺失时也不会引起不满。";
        reading_indifferent: "Deprioritise. Customers do not care either way; spend little here.", "降低优先级。顾客对有无都不在意，不宜投入过多。";
        reading_reverse: "Reconsider. Many customers would rather not have these.", "重新考虑。不少顾客宁愿没有这些。";
        reading_questionable: "Check the questions. The answers contradict each other; the question may have been misunderstood.", "检查问题表述。回答自相矛盾，问题可能被误解。";
        mixed_with: "mixed with {category}", "与{category}混合";
        not_answered: "Not answered yet", "尚无回答";
        feature: "Feature", "功能";
        feature_id: "Id", "编号";
        touchpoint: "Touchpoint", "触点";
        answered: "n", "样本量";
        category_letter: "Category", "类别";
        category_name: "Category name", "类别名称";
        share_of: "{category} share", "{category}占比";
        fong_difference: "Fong |a−b|", "Fong 差值 |a−b|";
        fong_critical: "Fong critical value", "Fong 临界值";
        functional_mean: "Functional mean", "正向问题均值";
        functional_sd: "Functional sd", "正向问题标准差";
        dysfunctional_mean: "Dysfunctional mean", "反向问题均值";
        dysfunctional_sd: "Dysfunctional sd", "反向问题标准差";
        importance_mean: "Mean importance", "平均重要度";
        quadrant: "Better–Worse quadrant", "Better–Worse 象限";
        yes: "yes", "是";
        no: "no", "否";
        sheet_results: "Results", "结果";
        sheet_settings: "Settings", "设置";
        project: "Project", "项目";
        software: "Software", "软件";
        axis_worse: "|Worse|: dissatisfaction when absent", "|Worse|：缺失时的不满意程度";
        axis_better: "Better: satisfaction when present", "Better：具备时的满意程度";
        axis_dysfunctional: "Mean dysfunctional score (−2 … 4)", "反向问题平均得分（−2 … 4）";
        axis_functional: "Mean functional score (−2 … 4)", "正向问题平均得分（−2 … 4）";
        axis_share: "Share of respondents", "受访者占比";
        size_is_importance: "Point size: mean importance ({min}–{max})", "点的大小：平均重要度（{min}–{max}）";
        whiskers_are_sd: "Whiskers: ± one standard deviation", "误差线：± 1 个标准差";
        figure_better_worse: "x = |Worse|, y = Better; colour = category, size = mean importance. {lines}.", "横轴 = |Worse|，纵轴 = Better；颜色 = 类别，大小 = 平均重要度。{lines}。";
        figure_categories: "Share of each category among the respondents who answered both questions; n at the right.", "回答了两个问题的受访者中各类别的占比；右侧为样本量。";
        figure_journey: "Touchpoints in journey order; each card is a feature, coloured by its category, with its Better and |Worse|.", "触点按旅程顺序排列；每张卡片是一个功能，颜色表示类别，并显示 Better 与 |Worse|。";
        plot_file_better_worse: "Better–Worse diagram", "Better–Worse 象限图";
        plot_file_categories: "Category shares", "类别分布图";
        questionnaire_title: "Questionnaire", "调查问卷";
        questionnaire_intro: "For each feature, please answer both questions. Tick one answer per question.", "请对每个功能回答下面两个问题，每题只选一项。";
        respondent_code: "Respondent", "受访者编号";
        importance_question: "How important is this to you?", "这一点对您有多重要？";
        importance_low: "Not at all important", "完全不重要";
        importance_high: "Extremely important", "极其重要";
        default_functional: "If it had “{name}”, how would you feel?", "如果具备“{name}”，您的感受是？";
        default_dysfunctional: "If it did not have “{name}”, how would you feel?", "如果不具备“{name}”，您的感受是？";
    }
);

impl ReportTexts {
    /// The plain-language advice for the features of one category.
    pub fn reading(&self, category: Category) -> &'static str {
        match category {
            Category::A => self.reading_attractive,
            Category::O => self.reading_one_dimensional,
            Category::M => self.reading_must_be,
            Category::I => self.reading_indifferent,
            Category::R => self.reading_reverse,
            Category::Q => self.reading_questionable,
        }
    }
}
