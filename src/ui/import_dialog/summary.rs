//! The import dialog's foot: where the respondents go (a new project, or the open one and what
//! becomes of ids it already has), what still blocks the import in plain words, and the buttons.

use super::ImportChoice;
use super::checks::{Blocker, IdTrouble};
use super::session::{ImportSession, Target};
use crate::i18n::{Texts, fill};
use crate::io::import::{IdCollisions, Problem, Role};
use crate::project::Project;
use eframe::egui::{self, Button, RichText};

/// What a problem's buttons asked for.
enum ProblemAction {
    Ignore(usize),
    AddFeature(usize),
}

/// Draws the target, the blockers and the buttons; returns the button pressed.
pub(super) fn show(
    ui: &mut egui::Ui,
    t: &Texts,
    session: &mut ImportSession,
    project: &Project,
    blockers: &[Blocker],
) -> Option<ImportChoice> {
    let ti = &t.import;
    ui.separator();
    target(ui, t, session, project);
    ui.separator();
    let mut action = None;
    if blockers.is_empty() {
        let respondents = session.table().rows.len();
        let text = match session.target {
            Target::NewProject => fill(
                ti.ready_new,
                &[
                    ("respondents", &respondents),
                    ("features", &session.mapping().features.len()),
                ],
            ),
            Target::AppendToOpen => fill(ti.ready_append, &[("respondents", &respondents)]),
        };
        ui.label(RichText::new(text).strong());
    } else {
        ui.strong(ti.blocked_heading);
        egui::ScrollArea::vertical()
            .id_salt("import_blockers")
            .max_height(92.0)
            .auto_shrink([false, true])
            .show(ui, |ui| {
                let mut problem = 0;
                for blocker in blockers {
                    ui.horizontal_wrapped(|ui| {
                        ui.colored_label(ui.visuals().warn_fg_color, "•");
                        ui.label(describe(t, session, blocker));
                        if let Blocker::Problem(p) = blocker {
                            if !matches!(p, Problem::Duplicate { .. })
                                && ui.small_button(ti.add_as_feature).clicked()
                            {
                                action = Some(ProblemAction::AddFeature(problem));
                            }
                            if ui.small_button(ti.leave_out).clicked() {
                                action = Some(ProblemAction::Ignore(problem));
                            }
                            problem += 1;
                        }
                    });
                }
            });
    }
    if let Some(error) = &session.error {
        ui.colored_label(
            ui.visuals().error_fg_color,
            fill(ti.import_failed, &[("error", error)]),
        );
    }
    match action {
        Some(ProblemAction::Ignore(i)) => session.ignore_problem(i),
        Some(ProblemAction::AddFeature(i)) => session.feature_from_problem(i),
        None => {}
    }
    let mut choice = None;
    ui.add_space(4.0);
    ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
        let import = ui
            .add_enabled(
                blockers.is_empty(),
                Button::new(RichText::new(ti.import_button).strong()),
            )
            .on_hover_text(ti.import_tip)
            .on_disabled_hover_text(ti.import_disabled_tip);
        if import.clicked() {
            choice = Some(ImportChoice::Import);
        }
        if ui
            .button(ti.cancel_button)
            .on_hover_text(ti.cancel_tip)
            .clicked()
        {
            choice = Some(ImportChoice::Cancel);
        }
    });
    choice
}

fn target(ui: &mut egui::Ui, t: &Texts, session: &mut ImportSession, project: &Project) {
    let ti = &t.import;
    ui.horizontal_wrapped(|ui| {
        ui.strong(ti.import_into);
        let new = fill(ti.into_new_project, &[("title", &session.title())]);
        if ui
            .radio(session.target == Target::NewProject, new)
            .clicked()
        {
            session.target = Target::NewProject;
        }
        let open = fill(ti.into_open_project, &[("title", &project.title())]);
        if ui
            .radio(session.target == Target::AppendToOpen, open)
            .on_hover_text(ti.into_open_project_tip)
            .clicked()
        {
            session.target = Target::AppendToOpen;
        }
    });
    if session.target != Target::AppendToOpen {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        if session.id_column().is_none() {
            ui.weak(ti.numbered_after);
            return;
        }
        ui.label(ti.taken_ids);
        if ui
            .radio(session.collisions == IdCollisions::Refuse, ti.refuse_taken)
            .clicked()
        {
            session.collisions = IdCollisions::Refuse;
        }
        if ui
            .radio(
                session.collisions == IdCollisions::Renumber,
                ti.renumber_taken,
            )
            .clicked()
        {
            session.collisions = IdCollisions::Renumber;
        }
        let taken = session.clashes().len();
        if taken > 0 && session.collisions == IdCollisions::Renumber {
            ui.weak(fill(ti.will_renumber, &[("n", &taken)]));
        }
    });
}

fn role_word(t: &Texts, role: Role) -> &'static str {
    match role {
        Role::Functional => t.import.role_functional,
        Role::Dysfunctional => t.import.role_dysfunctional,
        Role::Importance => t.import.role_importance,
    }
}

/// A blocker in plain words, columns named by letter and header.
fn describe(t: &Texts, session: &ImportSession, blocker: &Blocker) -> String {
    let ti = &t.import;
    let column = |c: usize| session.column_name(c).to_owned();
    let feature = |i: usize| {
        session
            .features()
            .get(i)
            .map(|d| d.id.trim().to_owned())
            .filter(|id| !id.is_empty())
            .unwrap_or_else(|| (i + 1).to_string())
    };
    match blocker {
        Blocker::NoRows => ti.no_rows.to_owned(),
        Blocker::NoFeatures => ti.no_features.to_owned(),
        Blocker::MissingColumn { feature: i, role } => fill(
            ti.missing_column,
            &[("id", &feature(*i)), ("role", &role_word(t, *role))],
        ),
        Blocker::EmptyFeatureId { feature } => fill(ti.empty_feature_id, &[("n", &(feature + 1))]),
        Blocker::RepeatedFeatureId { id } => fill(ti.repeated_feature_id, &[("id", id)]),
        Blocker::ColumnUsedTwice { column: c } => {
            fill(ti.column_used_twice, &[("column", &column(*c))])
        }
        Blocker::Problem(Problem::MissingPartner {
            column: c,
            id,
            missing,
        }) => {
            let found = match missing {
                Role::Functional => Role::Dysfunctional,
                _ => Role::Functional,
            };
            fill(
                ti.problem_missing_partner,
                &[
                    ("column", &column(*c)),
                    ("id", id),
                    ("role", &role_word(t, found)),
                    ("missing", &role_word(t, *missing)),
                ],
            )
        }
        Blocker::Problem(Problem::LoneImportance { column: c, id }) => fill(
            ti.problem_lone_importance,
            &[("column", &column(*c)), ("id", id)],
        ),
        Blocker::Problem(Problem::Duplicate {
            column: c,
            other,
            role,
            id,
        }) => fill(
            ti.problem_duplicate,
            &[
                ("column", &column(*c)),
                ("other", &column(*other)),
                ("role", &role_word(t, *role)),
                ("id", id),
            ],
        ),
        Blocker::UnmappedTexts { count } => fill(ti.unmapped_texts, &[("n", count)]),
        Blocker::CodesUndecided => ti.codes_undecided.to_owned(),
        Blocker::BadImportance { column: c, cell } => fill(
            ti.bad_importance,
            &[
                ("column", &column(*c)),
                ("row", &cell.row),
                ("text", &cell.text),
            ],
        ),
        Blocker::BadIds {
            column: c,
            trouble: IdTrouble::Empty { row },
        } => fill(ti.empty_id, &[("column", &column(*c)), ("row", row)]),
        Blocker::BadIds {
            column: c,
            trouble: IdTrouble::Repeated { row, first_row, id },
        } => fill(
            ti.repeated_id,
            &[
                ("column", &column(*c)),
                ("row", row),
                ("first_row", first_row),
                ("id", id),
            ],
        ),
        Blocker::UnknownFeatures { ids } => {
            fill(ti.unknown_features, &[("ids", &quoted_list(ids.iter()))])
        }
        Blocker::IdsTaken { ids } => fill(
            ti.ids_taken,
            &[
                ("n", &ids.len()),
                (
                    "ids",
                    &quoted_list(
                        ids.iter()
                            .map(|(id, row)| fill(ti.id_in_row, &[("id", id), ("row", row)])),
                    ),
                ),
            ],
        ),
    }
}

/// The first few items, joined, with how many more there are.
fn quoted_list<T: std::fmt::Display>(items: impl ExactSizeIterator<Item = T>) -> String {
    const SHOWN: usize = 5;
    let total = items.len();
    let mut shown: Vec<String> = items.take(SHOWN).map(|i| i.to_string()).collect();
    if total > SHOWN {
        shown.push(format!("+{}", total - SHOWN));
    }
    shown.join(", ")
}
