//! Strings of the Help menu: a short Kano primer, the keyboard page and the question-pair
//! wording templates.

use super::texts;
use crate::kano::Category;

texts!(
    /// Help ▸ Kano primer, Keyboard shortcuts, Question wording.
    HelpTexts {
        title: "Help", "帮助";
        primer: "Kano primer", "卡诺模型入门";
        primer_tip: "What the Kano model asks, how an answer pair becomes a category, and what each category means for a decision", "卡诺模型问什么、一对回答如何归类，以及每个类别对决策意味着什么";
        shortcuts: "Keyboard shortcuts", "键盘快捷键";
        shortcuts_tip: "Every command's shortcut, and the keys of the responses grid and the survey", "所有命令的快捷键，以及回答表格和问卷中的按键";
        wording: "Question wording", "问题措辞";
        wording_tip: "Templates for writing a feature's pair of questions", "编写功能成对问题的模板";
        primer_intro: "For each feature, every respondent answers two questions: how they would feel if the product had it (the functional question) and if it did not (the dysfunctional question). Each answer is one of five: I like it, I expect it, I am neutral, I can live with it, I dislike it.", "对于每个功能，每位受访者回答两个问题：如果产品具备它，感受如何（正向问题）；如果不具备，感受如何（反向问题）。每个回答从五项中选一：我很喜欢、理应如此、无所谓、能忍受、我很不喜欢。";
        table_intro: "The pair gives one category, read from this table (rows: the functional answer; columns: the dysfunctional answer). The feature's category is the one most respondents fall into.", "一对回答按下表得出一个类别（行：正向回答；列：反向回答）。功能的类别是大多数受访者所属的类别。";
        table_corner: "Functional ↓ / dysfunctional →", "正向 ↓ / 反向 →";
        category_heading: "{letter} {name} ({meaning}):", "{letter} {name}（{meaning}）：";
        decisions: "What each category means for a decision", "每个类别对决策意味着什么";
        decide_a: "Delights when present, is not missed when absent. Worth adding to stand out, once the basics are right.", "具备时令人惊喜，缺少时不会被在意。在基本需求满足后，值得加入以脱颖而出。";
        decide_o: "The more, the better; the less, the worse. Compete on it: invest in proportion to what it earns.", "越多越满意，越少越不满。可以在这方面竞争：按其回报投入。";
        decide_m: "Expected: its absence angers, its presence earns nothing. Must work before anything else; do not over-invest.", "理所当然：缺少会引起不满，具备也不会加分。必须优先做好，但不要过度投入。";
        decide_i: "Nobody much cares either way. A candidate to drop or simplify.", "有没有都无所谓。可以考虑去掉或简化。";
        decide_r: "People would rather not have it. Leave it out, or make it optional.", "人们宁可没有它。不要加入，或设为可选。";
        decide_q: "The answers contradict each other: the question was probably misread. Check its wording before deciding.", "回答自相矛盾：问题可能被误解了。做决定前先检查措辞。";
        better_worse: "Better = (A+O)/(A+O+M+I) is how much having the feature adds to satisfaction; Worse = −(O+M)/(A+O+M+I) is how much its absence takes away.", "Better = (A+O)/(A+O+M+I) 表示具备该功能能提升多少满意度；Worse = −(O+M)/(A+O+M+I) 表示缺少它会降低多少满意度。";
        commands: "Commands", "命令";
        no_shortcut: "—", "—";
        grid_keys: "Responses grid", "回答表格";
        grid_keys_text: "The cursor starts in the first cell. Arrow keys, Tab and Shift+Tab move between cells; 1–5 enter the functional answer, then the dysfunctional one; i then 1–9 sets the importance; 0 or Delete clears; Space opens the answer picker, which follows the arrow keys; Enter moves down (Shift+Enter up), and Enter or ↓ on the last row adds a respondent; F2 renames a respondent; Ctrl+Delete deletes the selected ones.", "光标从第一个单元格开始。方向键、Tab 和 Shift+Tab 在单元格间移动；按 1–5 先录入正向回答，再录入反向回答；按 i 再按 1–9 设置重要度；0 或删除键清除；空格打开回答选择框，它随方向键移动；Enter 下移（Shift+Enter 上移），在最后一行按 Enter 或 ↓ 添加受访者；F2 重命名受访者；Ctrl+删除键删除所选受访者。";
        survey_keys: "Survey mode", "问卷模式";
        survey_keys_text: "1–5 answer the question shown; 1–9 answer the importance; Enter goes on once the page is answered and says what is missing otherwise; Backspace goes back.", "按 1–5 回答当前问题；按 1–9 回答重要度；页面答完后按 Enter 继续，未答完时会提示缺少什么；Backspace 返回上一页。";
        features_keys: "Features", "功能";
        features_keys_text: "Add feature puts the cursor in the new feature's name. Until you edit them, its id and its two questions follow the name as you type.", "“添加功能”会把光标放在新功能的名称中。在您修改之前，其编号和两个问题会随名称同步更新。";
        wording_intro: "Ask both questions about the same feature, in the same words, once with it and once without. Name the feature as customers would, not as the team does; keep each question to one idea.", "两个问题针对同一个功能、用相同的措辞，一次假设具备，一次假设不具备。用顾客的说法而非团队内部的说法来称呼功能；每个问题只问一件事。";
        wording_functional: "Functional", "正向";
        wording_dysfunctional: "Dysfunctional", "反向";
        wording_example: "For example", "例如";
        template_slot: "[feature]", "【功能】";
        example_feature: "free Wi-Fi on the train", "列车上的免费无线网络";
        template_level_f: "If {name} were better than it is now, how would you feel?", "如果{name}比现在更好，您的感受是？";
        template_level_d: "If {name} stayed as it is now, how would you feel?", "如果{name}保持现状，您的感受是？";
        template_plain: "Having it or not", "有或没有";
        template_level: "More of it ({o} features)", "更多或更好（{o}功能）";
        close: "Close", "关闭";
    }
);

impl HelpTexts {
    /// What a category means for a decision.
    pub fn decision(&self, category: Category) -> &'static str {
        match category {
            Category::A => self.decide_a,
            Category::O => self.decide_o,
            Category::M => self.decide_m,
            Category::I => self.decide_i,
            Category::R => self.decide_r,
            Category::Q => self.decide_q,
        }
    }
}
