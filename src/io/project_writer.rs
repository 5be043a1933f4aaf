//! Writing the project file, `*.kano.json`, version 1 (see FORMATS.md): a stable,
//! diff-friendly layout (format and version first, one answer pair per line, optional parts
//! only when set) that [`super::parse_project`] loads back to an equal project.
//!
//! Must never: write anything the loader would refuse, or reorder what the person ordered.

use super::project_file::{FORMAT_NAME, FORMAT_VERSION};
use crate::project::{Project, SurveySettings};
use std::fmt::Write as _;

/// The project as the text of a version 1 file: two-space indents, one answer pair per line,
/// features in project order, unanswered pairs left out.
pub fn project_to_json(project: &Project) -> String {
    let mut out =
        String::with_capacity(256 + project.respondents().len() * project.features().len() * 64);
    let s = |text: &str| serde_json::to_string(text).unwrap_or_else(|_| "\"\"".to_owned());
    let a = project.analysis();
    let _ = write!(
        out,
        "{{\n  \"format\": \"{FORMAT_NAME}\",\n  \"version\": {FORMAT_VERSION},\n  \"title\": {},\n  \
         \"analysis\": {{\"table\": \"{}\", \"rule\": \"{}\", \"quadrant\": \"{}\"}},\n",
        s(project.title()),
        a.table.token(),
        a.rule.token(),
        a.quadrant.token(),
    );
    // Written only when set, so that files of projects that never used it stay as they were.
    let survey = project.survey();
    if *survey != SurveySettings::default() {
        let _ = writeln!(
            out,
            "  \"survey\": {},",
            serde_json::to_string(survey).unwrap_or_else(|_| "{}".to_owned())
        );
    }
    let scale = project.importance_scale();
    if !scale.is_default() {
        let _ = writeln!(
            out,
            "  \"importance_scale\": {},",
            serde_json::to_string(scale).unwrap_or_else(|_| "{}".to_owned())
        );
    }
    out.push_str("  \"features\": [");
    for (i, f) in project.features().iter().enumerate() {
        let _ = write!(
            out,
            "{}\n    {{\n      \"id\": {},\n      \"name\": {},\n      \"functional\": {},\n      \
             \"dysfunctional\": {},\n      \"touchpoint\": {},\n      \"notes\": {}{}\n    }}",
            if i == 0 { "" } else { "," },
            s(&f.id),
            s(&f.name),
            s(&f.functional),
            s(&f.dysfunctional),
            s(&f.touchpoint),
            s(&f.notes),
            // Written only when set, so that files that never used it stay as they were.
            f.dimension
                .map(|d| format!(",\n      \"dimension\": \"{}\"", d.token()))
                .unwrap_or_default(),
        );
    }
    out.push_str(if project.features().is_empty() {
        "],\n"
    } else {
        "\n  ],\n"
    });
    out.push_str("  \"respondents\": [");
    for (i, r) in project.respondents().iter().enumerate() {
        let _ = write!(
            out,
            "{}\n    {{\n      \"id\": {},\n",
            if i == 0 { "" } else { "," },
            s(&r.id)
        );
        if !r.segment.is_empty() {
            let _ = writeln!(out, "      \"segment\": {},", s(&r.segment));
        }
        if !r.order.is_empty() {
            let ids: Vec<String> = r.order.iter().map(|id| s(id)).collect();
            let _ = writeln!(out, "      \"order\": [{}],", ids.join(", "));
        }
        out.push_str("      \"answers\": {");
        let mut first = true;
        for (f, response) in project.features().iter().zip(&r.responses) {
            if response.is_empty() {
                continue;
            }
            let _ = write!(
                out,
                "{}\n        {}: {{",
                if first { "" } else { "," },
                s(&f.id)
            );
            first = false;
            let mut parts = Vec::with_capacity(3);
            if let Some(answer) = response.functional {
                parts.push(format!("\"functional\": \"{}\"", answer.token()));
            }
            if let Some(answer) = response.dysfunctional {
                parts.push(format!("\"dysfunctional\": \"{}\"", answer.token()));
            }
            if let Some(importance) = response.importance {
                parts.push(format!("\"importance\": {}", importance.get()));
            }
            out.push_str(&parts.join(", "));
            out.push('}');
        }
        out.push_str(if first {
            "}\n    }"
        } else {
            "\n      }\n    }"
        });
    }
    out.push_str(if project.respondents().is_empty() {
        "]\n}\n"
    } else {
        "\n  ]\n}\n"
    });
    out
}
