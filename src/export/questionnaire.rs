//! The questionnaire: each feature's question pair with the five standard answers, and
//! optionally the 1–9 importance question, as a printable HTML form, as Markdown, and as a CSV
//! to paste into a survey platform. Answer wordings are the method's standard ones in the chosen
//! language, in the standard order (like, expect, neutral, live with, dislike).
//!
//! The CSV's `code` column names each question `<id>_functional`, `<id>_dysfunctional` and
//! `<id>_importance`: the column names `kanoscope import` looks for, so that a survey built from
//! this file imports back without a mapping.

use super::csv_cells::record as csv_record;
use super::report_html::report_title;
use super::svg::{escape, font_family_for};
use crate::i18n::{Lang, Texts, fill};
use crate::kano::{Answer, Importance};
use crate::project::{Feature, Grouping, ImportanceScale, Project};
use std::fmt::Write as _;

/// Whether the questionnaire asks for self-stated importance after each question pair.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ImportanceQuestion {
    /// Ask "How important is this to you?" on the 1–9 scale.
    #[default]
    Ask,
    /// Only the Kano question pair.
    Skip,
}

/// How to write the questionnaire.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct QuestionnaireOptions {
    /// The language of the answers and instructions (the questions are the project's own text).
    pub lang: Lang,
    /// Whether to ask for importance.
    pub importance: ImportanceQuestion,
}

/// The two questions of a feature, with a standard wording when the project has none yet.
fn questions(t: &Texts, feature: &Feature) -> [(&'static str, String); 2] {
    let or_default = |text: &str, template: &str| {
        if text.trim().is_empty() {
            fill(template, &[("name", &feature.name)])
        } else {
            text.to_owned()
        }
    };
    [
        (
            "functional",
            or_default(&feature.functional, t.report.default_functional),
        ),
        (
            "dysfunctional",
            or_default(&feature.dysfunctional, t.report.default_dysfunctional),
        ),
    ]
}

/// The wording of importance `k` on the project's scale: its own label where the scale has
/// labels, otherwise the two ends carry their meaning.
fn importance_option(t: &Texts, scale: &ImportanceScale, k: Importance) -> String {
    let v = k.get();
    if let Some(label) = scale.label(k) {
        return format!("{v} - {label}");
    }
    if v == scale.min() {
        format!("{v} - {}", t.report.importance_low)
    } else if v == scale.max() {
        format!("{v} - {}", t.report.importance_high)
    } else {
        v.to_string()
    }
}

/// Features grouped under their touchpoints in journey order (the project's one grouping,
/// [`Project::groups`]); the features without a touchpoint come first, under no heading, so that
/// they never read as part of the touchpoint above them. Numbers run across groups, in the
/// order printed.
fn sections(project: &Project) -> Vec<(&str, Vec<(usize, &Feature)>)> {
    let mut groups = project.groups(Grouping::ByTouchpoint);
    // Stable: the touchpoints keep their journey order.
    groups.sort_by_key(|g| !g.key.is_unassigned());
    let mut number = 0;
    groups
        .iter()
        .map(|group| {
            let features: Vec<(usize, &Feature)> = group
                .features_of(project)
                .map(|(_, feature)| {
                    number += 1;
                    (number, feature)
                })
                .collect();
            let touchpoint = features
                .first()
                .map_or("", |(_, feature)| feature.touchpoint.as_str());
            (touchpoint, features)
        })
        .collect()
}

/// A printable HTML form: on paper each answer is a box to tick; on screen the boxes work as
/// radio buttons named like the import's columns.
pub fn questionnaire_html(project: &Project, options: &QuestionnaireOptions) -> String {
    let t = options.lang.texts();
    let r = &t.report;
    let lang = match options.lang {
        Lang::En => "en",
        Lang::Zh => "zh-CN",
    };
    let title = report_title(project, t);
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{title} · {kind}</title>\n<style>\nbody {{ font-family: {font}, system-ui; }}\n{css}</style>\n\
         </head>\n<body>\n<header>\n<p class=\"kind\">{kind}</p>\n<h1>{title}</h1>\n<p>{intro}</p>\n\
         <p class=\"who\">{who}: <span class=\"blank\"></span></p>\n</header>\n",
        title = escape(&title),
        kind = escape(r.questionnaire_title),
        font = font_family_for(options.lang),
        css = FORM_CSS,
        intro = escape(r.questionnaire_intro),
        who = escape(r.respondent_code),
    );
    for (touchpoint, features) in sections(project) {
        if !touchpoint.is_empty() {
            let _ = writeln!(out, "<h2>{}</h2>", escape(touchpoint));
        }
        for (number, feature) in features {
            let _ = write!(
                out,
                "<div class=\"feature\">\n<h3>{number}. {}</h3>\n",
                escape(&feature.name)
            );
            for (side, question) in questions(t, feature) {
                let name = escape(&format!("{}_{side}", feature.id));
                let _ = write!(
                    out,
                    "<fieldset>\n<legend>{}</legend>\n<div class=\"options\">\n",
                    escape(&question)
                );
                for answer in Answer::ALL {
                    let _ = writeln!(
                        out,
                        "<label><input type=\"radio\" name=\"{name}\" value=\"{}\"> {}</label>",
                        answer.token(),
                        escape(t.method.answer(answer))
                    );
                }
                out.push_str("</div>\n</fieldset>\n");
            }
            if options.importance == ImportanceQuestion::Ask {
                let name = escape(&format!("{}_importance", feature.id));
                let _ = write!(
                    out,
                    "<fieldset class=\"importance\">\n<legend>{}</legend>\n<div class=\"scale\">\
                     <span class=\"end\">{}</span>\n",
                    escape(r.importance_question),
                    escape(r.importance_low)
                );
                for k in project.importance_scale().values() {
                    let text = escape(
                        &project
                            .importance_scale()
                            .label(k)
                            .map_or_else(|| k.get().to_string(), |l| format!("{} {l}", k.get())),
                    );
                    let k = k.get();
                    let _ = writeln!(
                        out,
                        "<label><input type=\"radio\" name=\"{name}\" value=\"{k}\"> {text}</label>"
                    );
                }
                let _ = write!(
                    out,
                    "<span class=\"end\">{}</span></div>\n</fieldset>\n",
                    escape(r.importance_high)
                );
            }
            out.push_str("</div>\n");
        }
    }
    out.push_str("</body>\n</html>\n");
    out
}

const FORM_CSS: &str = "\
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { color: #222; max-width: 860px; margin: 0 auto; padding: 28px; line-height: 1.45; font-size: 15px; }
header { border-bottom: 2px solid #222; margin-bottom: 16px; }
.kind { margin: 0; color: #666; text-transform: uppercase; letter-spacing: .08em; font-size: 12px; }
h1 { margin: 2px 0 8px; font-size: 26px; }
h2 { font-size: 18px; margin: 26px 0 8px; padding: 4px 8px; background: #f0f1f3; border-radius: 4px; break-after: avoid; }
h3 { font-size: 16px; margin: 0 0 6px; }
.who .blank { display: inline-block; width: 16em; border-bottom: 1px solid #222; }
.feature { border: 1px solid #ddd; border-radius: 6px; padding: 10px 14px; margin: 10px 0; break-inside: avoid; }
fieldset { border: 0; padding: 0; margin: 6px 0 10px; }
legend { padding: 0; margin-bottom: 4px; font-weight: 600; }
.options, .scale { display: flex; flex-wrap: wrap; gap: 4px 18px; }
.scale { align-items: center; gap: 4px 12px; }
.scale .end { color: #666; font-size: 12px; }
label { white-space: nowrap; }
input[type=radio] {
  appearance: none; -webkit-appearance: none; width: 14px; height: 14px; margin: 0 4px 0 0;
  border: 1.5px solid #222; border-radius: 2px; vertical-align: -2px; background: #fff;
}
input[type=radio]:checked { background: #222; box-shadow: inset 0 0 0 2px #fff; }
@page { size: A4; margin: 14mm; }
@media print { body { padding: 0; max-width: none; font-size: 10.5pt; } }
";

/// The questionnaire in Markdown, with task-list boxes for the answers.
pub fn questionnaire_markdown(project: &Project, options: &QuestionnaireOptions) -> String {
    use super::report_markdown::escape_markdown as md;
    let t = options.lang.texts();
    let r = &t.report;
    let mut out = format!(
        "# {}\n\n*{}*\n\n{}\n\n{}: ____________\n\n",
        md(&report_title(project, t)),
        md(r.questionnaire_title),
        md(r.questionnaire_intro),
        md(r.respondent_code)
    );
    for (touchpoint, features) in sections(project) {
        if !touchpoint.is_empty() {
            let _ = write!(out, "## {}\n\n", md(touchpoint));
        }
        for (number, feature) in features {
            let _ = write!(out, "### {number}. {}\n\n", md(&feature.name));
            for (_, question) in questions(t, feature) {
                let _ = write!(out, "**{}**\n\n", md(&question));
                for answer in Answer::ALL {
                    let _ = writeln!(out, "- [ ] {}", md(t.method.answer(answer)));
                }
                out.push('\n');
            }
            if options.importance == ImportanceQuestion::Ask {
                let scale = project.importance_scale();
                let boxes: Vec<String> = scale.values().map(|k| format!("☐ {}", k.get())).collect();
                let ends = (scale.values().next(), scale.values().last());
                let _ = write!(
                    out,
                    "**{}** ({} … {})\n\n{}\n\n",
                    md(r.importance_question),
                    ends.0
                        .map_or_else(String::new, |k| md(&importance_option(t, scale, k))),
                    ends.1
                        .map_or_else(String::new, |k| md(&importance_option(t, scale, k))),
                    boxes.join("  ")
                );
            }
        }
    }
    out
}

/// One row per question, ready to paste into a survey platform: `code`, feature id, name and
/// touchpoint, `side` (functional, dysfunctional, importance), the question, then its options.
/// Starts with a UTF-8 byte-order mark so that spreadsheets read Chinese correctly.
pub fn questionnaire_csv(project: &Project, options: &QuestionnaireOptions) -> String {
    let t = options.lang.texts();
    let options_count = match options.importance {
        ImportanceQuestion::Ask => project.importance_scale().points().max(Answer::ALL.len()),
        ImportanceQuestion::Skip => Answer::ALL.len(),
    };
    let mut out = String::from("\u{feff}");
    let header = [
        "code",
        "feature_id",
        "feature_name",
        "touchpoint",
        "side",
        "question",
    ]
    .map(str::to_owned)
    .into_iter()
    .chain((1..=options_count).map(|k| format!("option_{k}")));
    out.push_str(&csv_record(header));
    for feature in project.features() {
        let base = |side: &str, question: String| {
            vec![
                format!("{}_{side}", feature.id),
                feature.id.clone(),
                feature.name.clone(),
                feature.touchpoint.clone(),
                side.to_owned(),
                question,
            ]
        };
        for (side, question) in questions(t, feature) {
            let mut fields = base(side, question);
            fields.extend(Answer::ALL.map(|a| t.method.answer(a).to_owned()));
            fields.resize(6 + options_count, String::new());
            out.push_str(&csv_record(fields));
        }
        if options.importance == ImportanceQuestion::Ask {
            let mut fields = base("importance", t.report.importance_question.to_owned());
            let scale = project.importance_scale();
            fields.extend(scale.values().map(|k| importance_option(t, scale, k)));
            fields.resize(6 + options_count, String::new());
            out.push_str(&csv_record(fields));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_touchpoint_is_one_section_in_journey_order_with_numbers_as_printed() {
        // Station's features are not next to each other in the project; the one without a
        // touchpoint sits between them.
        let project =
            crate::project::project_with_touchpoints(&["Station", "", "Train", "Station"]);
        let got: Vec<(&str, Vec<(usize, &str)>)> = sections(&project)
            .into_iter()
            .map(|(tp, list)| (tp, list.iter().map(|(k, f)| (*k, f.id.as_str())).collect()))
            .collect();
        assert_eq!(
            got,
            [
                ("", vec![(1, "f1")]),
                ("Station", vec![(2, "f0"), (3, "f3")]),
                ("Train", vec![(4, "f2")]),
            ]
        );
    }
}
