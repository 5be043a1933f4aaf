//! Strings of the method: categories, answers, analysis settings, figure names.

use super::texts;
use crate::kano::{Answer, Category, EvaluationTable, QuadrantLines, Rule};

texts!(
    /// Method terms.
    MethodTexts {
        attractive: "Attractive", "魅力";
        one_dimensional: "One-dimensional", "期望";
        must_be: "Must-be", "必备";
        indifferent: "Indifferent", "无差异";
        reverse: "Reverse", "反向";
        questionable: "Questionable", "可疑";
        meaning_attractive: "delights when present, not missed when absent", "具备时令人惊喜，缺少时无妨";
        meaning_one_dimensional: "the more and better, the more satisfied", "越多越好，满意度随之上升";
        meaning_must_be: "taken for granted, missed when absent", "理所当然，缺少时不满";
        meaning_indifferent: "makes little difference either way", "有无差别不大";
        meaning_reverse: "some would rather not have it", "部分人宁可没有";
        meaning_questionable: "the two answers contradict each other", "两个回答自相矛盾";
        answer_like: "I like it", "我很喜欢";
        answer_must_be: "I expect it", "理应如此";
        answer_neutral: "I am neutral", "无所谓";
        answer_live_with: "I can live with it", "能忍受";
        answer_dislike: "I dislike it", "我很不喜欢";
        code_like: "L", "喜";
        code_must_be: "E", "理";
        code_neutral: "N", "无";
        code_live_with: "T", "忍";
        code_dislike: "D", "厌";
        functional: "Functional", "正向";
        dysfunctional: "Dysfunctional", "反向问题";
        functional_question: "Functional question", "正向问题";
        dysfunctional_question: "Dysfunctional question", "反向问题";
        importance: "Importance", "重要度";
        better: "Better", "Better（满意系数）";
        worse: "Worse", "Worse（不满意系数）";
        category: "Category", "类别";
        category_strength: "Category strength", "类别强度";
        total_strength: "Total strength", "总强度";
        significance: "Fong test", "Fong 检验";
        significant: "significant", "显著";
        mixed: "mixed", "混合";
        mixed_tooltip: "The two leading categories are not significantly apart (Fong's test): the audience is split.", "前两个类别差异不显著（Fong 检验）：受访者意见分化。";
        respondents_answered: "Respondents who answered both questions", "回答了两个问题的受访者数";
        table_standard: "Standard (Berger 1993)", "标准表（Berger 1993）";
        table_pouliot: "Pouliot (1993)", "Pouliot 修正表（1993）";
        rule_max: "Most frequent", "最大频数";
        rule_strength: "Most frequent, 6% strength rule", "最大频数，6% 强度规则";
        rule_oam: "A+O+M versus I+R+Q (Berger)", "A+O+M 对 I+R+Q（Berger）";
        quadrant_fixed: "Quadrant lines at 0.5", "象限线位于 0.5";
        quadrant_mean: "Quadrant lines at the means", "象限线位于均值";
        evaluation_table: "Evaluation table", "评价表";
        rule: "Category rule", "归类规则";
        quadrant_lines: "Quadrant lines", "象限线";
        tangibles: "Tangibles", "有形性";
        tangibles_tip: "Physical facilities, equipment, staff appearance", "设施、设备、员工仪表等有形部分";
        reliability: "Reliability", "可靠性";
        reliability_tip: "Doing what was promised, dependably and accurately", "可靠、准确地履行承诺的服务";
        responsiveness: "Responsiveness", "响应性";
        responsiveness_tip: "Willingness to help and prompt service", "乐于帮助顾客并迅速提供服务";
        assurance: "Assurance", "保证性";
        assurance_tip: "Competence, courtesy and the trust they inspire", "员工的专业、礼貌及由此赢得的信任";
        empathy: "Empathy", "移情性";
        empathy_tip: "Caring, individual attention", "关心顾客，给予个别关注";
    }
);

impl MethodTexts {
    /// The classic name of a category.
    pub fn category(&self, category: Category) -> &'static str {
        match category {
            Category::A => self.attractive,
            Category::O => self.one_dimensional,
            Category::M => self.must_be,
            Category::I => self.indifferent,
            Category::R => self.reverse,
            Category::Q => self.questionable,
        }
    }

    /// What a category means, in plain words (a description, never a second name).
    pub fn category_meaning(&self, category: Category) -> &'static str {
        match category {
            Category::A => self.meaning_attractive,
            Category::O => self.meaning_one_dimensional,
            Category::M => self.meaning_must_be,
            Category::I => self.meaning_indifferent,
            Category::R => self.meaning_reverse,
            Category::Q => self.meaning_questionable,
        }
    }

    /// The standard wording of an answer.
    pub fn answer(&self, answer: Answer) -> &'static str {
        match answer {
            Answer::Like => self.answer_like,
            Answer::MustBe => self.answer_must_be,
            Answer::Neutral => self.answer_neutral,
            Answer::LiveWith => self.answer_live_with,
            Answer::Dislike => self.answer_dislike,
        }
    }

    /// The one-character code of an answer in dense grids ("L/D", "喜/厌"); the grid's legend
    /// spells each out.
    pub fn answer_code(&self, answer: Answer) -> &'static str {
        match answer {
            Answer::Like => self.code_like,
            Answer::MustBe => self.code_must_be,
            Answer::Neutral => self.code_neutral,
            Answer::LiveWith => self.code_live_with,
            Answer::Dislike => self.code_dislike,
        }
    }

    /// The name of an evaluation table.
    pub fn table(&self, table: EvaluationTable) -> &'static str {
        match table {
            EvaluationTable::Standard => self.table_standard,
            EvaluationTable::Pouliot => self.table_pouliot,
        }
    }

    /// The name of a category rule.
    pub fn rule(&self, rule: Rule) -> &'static str {
        match rule {
            Rule::Max => self.rule_max,
            Rule::Strength => self.rule_strength,
            Rule::Oam => self.rule_oam,
        }
    }

    /// The name of a quadrant-line setting.
    pub fn quadrant(&self, quadrant: QuadrantLines) -> &'static str {
        match quadrant {
            QuadrantLines::Fixed => self.quadrant_fixed,
            QuadrantLines::Mean => self.quadrant_mean,
        }
    }
}
