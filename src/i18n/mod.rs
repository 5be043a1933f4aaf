//! Every user-visible string of the app, in English and Simplified Chinese, in one place.
//!
//! Each group of strings is declared with [`texts!`], which takes every key with BOTH languages
//! side by side: a key with one language missing does not compile, so the two can never drift
//! apart. Strings with values use named placeholders (`{n}`), filled with [`fill`]; the tests
//! check that both languages use the same placeholders.
//!
//! Why a typed table instead of fluent or rust-i18n: keys are checked by the compiler (a typo is
//! a build error, not a blank label at run time), there is no parsing at start-up, and a
//! translator sees each English string right beside its Chinese one.

mod app;
mod dialogs;
mod errors;
mod export;
mod features;
mod figure;
mod help;
mod import;
mod method;
pub mod number;
pub mod plural;
mod present;
mod report;
mod responses;
mod results;
mod room;
mod safety;
mod survey;
mod uncertainty;

pub use app::{AppTexts, MenuTexts};
pub use dialogs::DialogTexts;
pub use errors::ErrorTexts;
pub use export::ExportTexts;
pub use features::FeaturesTexts;
pub use figure::FigureTexts;
pub use help::HelpTexts;
pub use import::ImportTexts;
pub use method::{MethodTexts, category_name};
pub use present::PresentTexts;
pub use report::ReportTexts;
pub use responses::ResponsesTexts;
pub use results::ResultsTexts;
pub use room::RoomTexts;
pub use safety::SafetyTexts;
pub use survey::SurveyTexts;
pub use uncertainty::UncertaintyTexts;

use serde::{Deserialize, Serialize};
use std::fmt::Display;

/// Declares a group of strings: `texts!(Name { key: "English", "中文"; ... })` makes a struct
/// `Name` with one `&'static str` field per key and the constants `Name::EN` and `Name::ZH`.
macro_rules! texts {
    ($(#[$meta:meta])* $name:ident { $($key:ident : $en:literal , $zh:literal ;)* }) => {
        $(#[$meta])*
        #[derive(Debug)]
        pub struct $name {
            $(#[doc = $en] pub $key: &'static str,)*
        }

        impl $name {
            /// English.
            pub const EN: Self = Self { $($key: $en,)* };
            /// Simplified Chinese.
            pub const ZH: Self = Self { $($key: $zh,)* };

            /// Every key with its English and Chinese text, for the consistency tests.
            pub fn pairs() -> Vec<(&'static str, &'static str, &'static str)> {
                vec![$((stringify!($key), $en, $zh),)*]
            }
        }
    };
}
pub(crate) use texts;

/// A language of the user interface or of a survey.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// English.
    #[default]
    #[serde(rename = "en")]
    En,
    /// Simplified Chinese.
    #[serde(rename = "zh")]
    Zh,
}

impl Lang {
    /// Both languages.
    pub const ALL: [Self; 2] = [Self::En, Self::Zh];

    /// The language's own name, for menus.
    pub fn native_name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Zh => "简体中文",
        }
    }

    /// The code used on the command line and in files: `en`, `zh`.
    pub fn code(self) -> &'static str {
        match self {
            Self::En => "en",
            Self::Zh => "zh",
        }
    }

    /// The language a locale name such as `zh_CN.UTF-8` or `en-GB` asks for; English otherwise.
    pub fn from_locale(locale: &str) -> Self {
        if locale.to_ascii_lowercase().starts_with("zh") {
            Self::Zh
        } else {
            Self::En
        }
    }

    /// The system's language: the usual environment variables where they name one (they win
    /// on Linux, and a person may set them anywhere), else what the operating system reports
    /// (Windows' and macOS's language settings, through sys-locale).
    pub fn from_environment() -> Self {
        Self::detect(|name| std::env::var(name).ok(), sys_locale::get_locale)
    }

    /// [`Self::from_environment`] with its two sources given: `variable` reads an environment
    /// variable, `system` asks the operating system.
    pub fn detect(
        variable: impl Fn(&str) -> Option<String>,
        system: impl FnOnce() -> Option<String>,
    ) -> Self {
        ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"]
            .iter()
            .filter_map(|name| variable(name))
            .find(|v| !v.is_empty() && v != "C" && v != "POSIX" && !v.starts_with("C."))
            .or_else(system)
            .map_or(Self::En, |v| Self::from_locale(&v))
    }

    /// The strings of this language, with Kano's category names.
    pub fn texts(self) -> &'static Texts {
        self.texts_with(CategoryNames::Kano)
    }

    /// The strings of this language, with the chosen set of category names.
    pub fn texts_with(self, names: CategoryNames) -> &'static Texts {
        match (self, names) {
            (Self::En, CategoryNames::Kano) => &EN,
            (Self::Zh, CategoryNames::Kano) => &ZH,
            (Self::En, CategoryNames::Plain) => &EN_PLAIN,
            (Self::Zh, CategoryNames::Plain) => &ZH_PLAIN,
        }
    }
}

/// Which words name the categories: Kano's own (Attractive, One-dimensional, Must-be, 魅力,
/// 期望, 必备) or plain ones (Excitement, Performance, Basic, 兴奋, 绩效, 基本). A person's
/// preference (the studio remembers it; the CLI takes `--names`), never part of a project.
/// The letters A O M I R Q mean the same under both.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CategoryNames {
    /// Kano's names, as in the literature.
    #[default]
    #[serde(rename = "kano")]
    Kano,
    /// Plain names: Basic, Performance, Excitement, Indifferent, Reverse, Questionable.
    #[serde(rename = "plain")]
    Plain,
}

impl CategoryNames {
    /// Both sets, Kano's first.
    pub const ALL: [Self; 2] = [Self::Kano, Self::Plain];

    /// The other set: the one a tooltip names beside the shown one.
    pub fn other(self) -> Self {
        match self {
            Self::Kano => Self::Plain,
            Self::Plain => Self::Kano,
        }
    }
}

/// All strings of one language, by group.
#[derive(Debug)]
pub struct Texts {
    /// The language these are in.
    pub lang: Lang,
    /// The set of category names [`Texts::category`] gives.
    pub names: CategoryNames,
    /// Window, files, prompts, status bar.
    pub app: AppTexts,
    /// Menus and commands.
    pub menu: MenuTexts,
    /// Categories, answers and method terms.
    pub method: MethodTexts,
    /// The Features tab and the side panel.
    pub features: FeaturesTexts,
    /// The Responses tab.
    pub responses: ResponsesTexts,
    /// The Results and Plots tabs.
    pub results: ResultsTexts,
    /// Reports, exported plots and spreadsheets, questionnaires.
    pub report: ReportTexts,
    /// Survey mode.
    pub survey: SurveyTexts,
    /// File ▸ Export….
    pub export: ExportTexts,
    /// The moments-of-truth map and workshop mode.
    pub present: PresentTexts,
    /// Recovery copies, files changed on disk, opening large files.
    pub safety: SafetyTexts,
    /// File ▸ Import's dialog.
    pub import: ImportTexts,
    /// Error details: what is wrong with a file, a save, an import, an edit or an export.
    pub errors: ErrorTexts,
    /// File dialogs: the studio's own and the note while the system's is open.
    pub dialogs: DialogTexts,
    /// The Help menu's pages.
    pub help: HelpTexts,
    /// How sure the figures are; segments compared.
    pub uncertainty: UncertaintyTexts,
    /// Captions and keys drawn into pictures.
    pub figure: FigureTexts,
    /// The live room: the phone page and the room panel.
    pub room: RoomTexts,
}

const EN: Texts = Texts {
    lang: Lang::En,
    names: CategoryNames::Kano,
    app: AppTexts::EN,
    menu: MenuTexts::EN,
    method: MethodTexts::EN,
    features: FeaturesTexts::EN,
    responses: ResponsesTexts::EN,
    results: ResultsTexts::EN,
    report: ReportTexts::EN,
    survey: SurveyTexts::EN,
    export: ExportTexts::EN,
    present: PresentTexts::EN,
    safety: SafetyTexts::EN,
    import: ImportTexts::EN,
    errors: ErrorTexts::EN,
    dialogs: DialogTexts::EN,
    help: HelpTexts::EN,
    uncertainty: UncertaintyTexts::EN,
    figure: FigureTexts::EN,
    room: RoomTexts::EN,
};

const ZH: Texts = Texts {
    lang: Lang::Zh,
    names: CategoryNames::Kano,
    app: AppTexts::ZH,
    menu: MenuTexts::ZH,
    method: MethodTexts::ZH,
    features: FeaturesTexts::ZH,
    responses: ResponsesTexts::ZH,
    results: ResultsTexts::ZH,
    report: ReportTexts::ZH,
    survey: SurveyTexts::ZH,
    export: ExportTexts::ZH,
    present: PresentTexts::ZH,
    safety: SafetyTexts::ZH,
    import: ImportTexts::ZH,
    errors: ErrorTexts::ZH,
    dialogs: DialogTexts::ZH,
    help: HelpTexts::ZH,
    uncertainty: UncertaintyTexts::ZH,
    figure: FigureTexts::ZH,
    room: RoomTexts::ZH,
};

const EN_PLAIN: Texts = Texts {
    names: CategoryNames::Plain,
    ..EN
};

const ZH_PLAIN: Texts = Texts {
    names: CategoryNames::Plain,
    ..ZH
};

impl Texts {
    /// A category's name in this language and set of names (see [`category_name`]).
    pub fn category(&self, category: crate::kano::Category) -> &'static str {
        category_name(self.lang, self.names, category)
    }

    /// What a category means, with its name in the other set where that differs: for a
    /// tooltip beside [`Self::category`] ("delights when present…; Kano's name: Attractive").
    pub fn category_explained(&self, category: crate::kano::Category) -> String {
        let meaning = self.method.category_meaning(category);
        let other = self.names.other();
        let name = category_name(self.lang, other, category);
        if name == self.category(category) {
            return meaning.to_owned();
        }
        let template = match other {
            CategoryNames::Kano => self.method.also_kano,
            CategoryNames::Plain => self.method.also_plain,
        };
        fill(template, &[("meaning", &meaning), ("name", &name)])
    }

    /// A text that names categories, with `{a}`, `{o}`, `{m}`, `{i}`, `{r}` and `{q}` filled
    /// in from [`Self::category`]: prose follows the chosen names too.
    pub fn with_categories(&self, template: &str) -> String {
        use crate::kano::Category;
        let name = |c| self.category(c);
        fill(
            template,
            &[
                ("a", &name(Category::A)),
                ("o", &name(Category::O)),
                ("m", &name(Category::M)),
                ("i", &name(Category::I)),
                ("r", &name(Category::R)),
                ("q", &name(Category::Q)),
            ],
        )
    }
}

/// Fills named placeholders: `fill("{n} respondents", &[("n", &120)])` -> "120 respondents".
///
/// One pass over the template: a value that itself holds braces (a cell that reads "{row}", an
/// id such as "{a}") is put in as it is, never filled in turn. A placeholder without a value
/// stays as written.
pub fn fill(template: &str, args: &[(&str, &dyn Display)]) -> String {
    let mut out = String::with_capacity(template.len() + 16 * args.len());
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            args.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, value)| (value, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(&value.to_string());
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// Every group's key pairs, for the consistency tests.
pub fn all_pairs() -> Vec<(&'static str, &'static str, &'static str)> {
    let mut pairs = AppTexts::pairs();
    pairs.extend(MenuTexts::pairs());
    pairs.extend(MethodTexts::pairs());
    pairs.extend(FeaturesTexts::pairs());
    pairs.extend(ResponsesTexts::pairs());
    pairs.extend(ResultsTexts::pairs());
    pairs.extend(ReportTexts::pairs());
    pairs.extend(SurveyTexts::pairs());
    pairs.extend(ExportTexts::pairs());
    pairs.extend(PresentTexts::pairs());
    pairs.extend(SafetyTexts::pairs());
    pairs.extend(ImportTexts::pairs());
    pairs.extend(ErrorTexts::pairs());
    pairs.extend(DialogTexts::pairs());
    pairs.extend(HelpTexts::pairs());
    pairs.extend(UncertaintyTexts::pairs());
    pairs.extend(FigureTexts::pairs());
    pairs.extend(RoomTexts::pairs());
    pairs
}

/// The placeholders a template uses, sorted, each once: one language may name a value more
/// often than the other (a Chinese message may repeat a word the English says once).
pub fn placeholders(template: &str) -> Vec<&str> {
    let mut found: Vec<&str> = template
        .split('{')
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        .collect();
    found.sort_unstable();
    found.dedup();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_languages_use_the_same_placeholders_and_no_string_is_empty() {
        for (key, en, zh) in all_pairs() {
            assert!(!en.trim().is_empty(), "{key}: English is empty");
            assert!(!zh.trim().is_empty(), "{key}: Chinese is empty");
            assert_eq!(
                placeholders(en),
                placeholders(zh),
                "{key}: placeholders differ"
            );
        }
    }

    #[test]
    fn fill_replaces_every_named_placeholder() {
        assert_eq!(
            fill("{n} of {total}", &[("n", &7), ("total", &24)]),
            "7 of 24"
        );
        assert_eq!(
            fill("第{n}题，共{total}题", &[("total", &24), ("n", &7)]),
            "第7题，共24题"
        );
    }

    #[test]
    fn values_are_put_in_as_they_are_even_when_they_hold_braces() {
        assert_eq!(
            fill("row {row}: {text}", &[("text", &"{row}"), ("row", &4)]),
            "row 4: {row}"
        );
        assert_eq!(fill("{a} {unknown} {", &[("a", &"x")]), "x {unknown} {");
        assert_eq!(fill("{a}{a}", &[("a", &"中")]), "中中");
    }

    #[test]
    fn the_environment_wins_and_the_system_answers_when_it_is_silent() {
        let check = |vars: &[(&str, &str)], system: Option<&str>, expected: Lang| {
            let found = Lang::detect(
                |name| {
                    vars.iter()
                        .find(|(n, _)| *n == name)
                        .map(|(_, v)| (*v).to_owned())
                },
                || system.map(str::to_owned),
            );
            assert_eq!(found, expected, "{vars:?} {system:?}");
        };
        check(&[("LANG", "zh_CN.UTF-8")], Some("en-US"), Lang::Zh);
        check(
            &[("LC_ALL", "en_GB.UTF-8"), ("LANG", "zh_CN")],
            None,
            Lang::En,
        );
        // Windows and macOS set no variables: the system's setting decides.
        check(&[], Some("zh-Hans-CN"), Lang::Zh);
        check(&[], Some("en-US"), Lang::En);
        // "C" says nothing about a language.
        check(&[("LANG", "C.UTF-8")], Some("zh-CN"), Lang::Zh);
        check(&[], None, Lang::En);
    }

    #[test]
    fn locales_pick_the_language() {
        assert_eq!(Lang::from_locale("zh_CN.UTF-8"), Lang::Zh);
        assert_eq!(Lang::from_locale("zh-Hans"), Lang::Zh);
        assert_eq!(Lang::from_locale("en_GB.UTF-8"), Lang::En);
        assert_eq!(Lang::from_locale("de_DE"), Lang::En);
    }
}
