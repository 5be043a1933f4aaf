//! Strings of the method: categories, answers, analysis settings, figure names.

use super::{CategoryNames, texts};
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
        plain_attractive: "Excitement", "兴奋";
        plain_one_dimensional: "Performance", "绩效";
        plain_must_be: "Basic", "基本";
        plain_indifferent: "Indifferent", "无差异";
        plain_reverse: "Reverse", "反向";
        plain_questionable: "Questionable", "可疑";
        kano_names: "Kano's names (Attractive, One-dimensional, Must-be)", "卡诺原名（魅力、期望、必备）";
        plain_names: "Plain names (Excitement, Performance, Basic)", "通俗名称（兴奋、绩效、基本）";
        category_names: "Category names", "类别名称";
        category_names_tip: "Which words name the categories in every table, plot, slide and export; the letters A O M I R Q stay the same", "在所有表格、图、幻灯片和导出中用哪套名称称呼类别；字母 A O M I R Q 不变";
        also_kano: "{meaning}; Kano's name: {name}", "{meaning}；卡诺原名：{name}";
        also_plain: "{meaning}; plain name: {name}", "{meaning}；通俗名称：{name}";
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
    /// A category's name in one of the two sets. Private: every name shown goes through
    /// [`super::category_name`], which knows the person's preference.
    fn category_in(&self, names: CategoryNames, category: Category) -> &'static str {
        match (names, category) {
            (CategoryNames::Kano, Category::A) => self.attractive,
            (CategoryNames::Kano, Category::O) => self.one_dimensional,
            (CategoryNames::Kano, Category::M) => self.must_be,
            (CategoryNames::Kano, Category::I) => self.indifferent,
            (CategoryNames::Kano, Category::R) => self.reverse,
            (CategoryNames::Kano, Category::Q) => self.questionable,
            (CategoryNames::Plain, Category::A) => self.plain_attractive,
            (CategoryNames::Plain, Category::O) => self.plain_one_dimensional,
            (CategoryNames::Plain, Category::M) => self.plain_must_be,
            (CategoryNames::Plain, Category::I) => self.plain_indifferent,
            (CategoryNames::Plain, Category::R) => self.plain_reverse,
            (CategoryNames::Plain, Category::Q) => self.plain_questionable,
        }
    }

    /// The menu item that chooses a set of names.
    pub fn names_choice(&self, names: CategoryNames) -> &'static str {
        match names {
            CategoryNames::Kano => self.kano_names,
            CategoryNames::Plain => self.plain_names,
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

/// The one place a category gets its name: in `lang`, from the set `names` (Kano's own or the
/// plain ones). Tables, legends, slides, the map, the CLI, reports and exported pictures all call
/// this (mostly through [`super::Texts::category`], which carries the person's choice); the
/// letters A O M I R Q and the codes in JSON and CSV never change with it.
pub fn category_name(lang: super::Lang, names: CategoryNames, category: Category) -> &'static str {
    lang.texts().method.category_in(names, category)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;

    #[test]
    fn every_category_has_both_names_in_both_languages_and_they_differ_where_they_should() {
        for lang in Lang::ALL {
            for c in Category::ALL {
                let kano = category_name(lang, CategoryNames::Kano, c);
                let plain = category_name(lang, CategoryNames::Plain, c);
                assert!(
                    !kano.trim().is_empty() && !plain.trim().is_empty(),
                    "{lang:?} {c:?}"
                );
                // Attractive, One-dimensional and Must-be have plain names of their own;
                // Indifferent, Reverse and Questionable are plain already.
                let renamed = matches!(c, Category::A | Category::O | Category::M);
                assert_eq!(kano != plain, renamed, "{lang:?} {c:?}: {kano} / {plain}");
            }
            for names in CategoryNames::ALL {
                let mut seen: Vec<&str> = Category::ALL
                    .iter()
                    .map(|&c| category_name(lang, names, c))
                    .collect();
                seen.sort_unstable();
                seen.dedup();
                assert_eq!(
                    seen.len(),
                    6,
                    "{lang:?} {names:?}: two categories share a name"
                );
            }
        }
        assert_eq!(
            category_name(Lang::En, CategoryNames::Kano, Category::O),
            "One-dimensional"
        );
        assert_eq!(
            category_name(Lang::En, CategoryNames::Plain, Category::O),
            "Performance"
        );
        assert_eq!(
            category_name(Lang::Zh, CategoryNames::Kano, Category::A),
            "魅力"
        );
        assert_eq!(
            category_name(Lang::Zh, CategoryNames::Plain, Category::M),
            "基本"
        );
    }

    #[test]
    fn a_name_in_one_set_is_never_another_category_in_the_other() {
        // "Performance" must never also be some other category's Kano name, or a reader who
        // switches sets would misread a row.
        for lang in Lang::ALL {
            for a in Category::ALL {
                for b in Category::ALL.into_iter().filter(|&b| b != a) {
                    assert_ne!(
                        category_name(lang, CategoryNames::Kano, a),
                        category_name(lang, CategoryNames::Plain, b),
                        "{lang:?} {a:?} {b:?}"
                    );
                }
            }
        }
    }
}
