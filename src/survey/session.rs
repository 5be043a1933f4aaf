//! One respondent's survey session.

use crate::kano::{Answer, Importance, Response, Side};
use crate::project::{Edit, FeatureOrder, PageLayout, Project, Respondent};

/// What a page asks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PagePart {
    /// Both questions of a feature (and importance, if asked).
    Pair,
    /// Only the functional question.
    Functional,
    /// Only the dysfunctional question (and importance, if asked).
    Dysfunctional,
}

/// One page of the survey.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    /// The feature asked about (index into the project's features).
    pub feature: usize,
    /// Which questions the page holds.
    pub part: PagePart,
}

impl Page {
    /// The sides this page asks, in order.
    pub fn sides(self) -> &'static [Side] {
        match self.part {
            PagePart::Pair => &[Side::Functional, Side::Dysfunctional],
            PagePart::Functional => &[Side::Functional],
            PagePart::Dysfunctional => &[Side::Dysfunctional],
        }
    }

    /// True when importance is asked on this page (the last page of a feature).
    pub fn asks_importance(self, settings_ask: bool) -> bool {
        settings_ask && self.part != PagePart::Functional
    }
}

/// "Question 7 of 24": the question numbers on the current page and the total.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// The first question number on the page (1-based).
    pub first: usize,
    /// The last question number on the page.
    pub last: usize,
    /// Questions in the survey (two per feature).
    pub total: usize,
    /// The page (1-based) and the number of pages.
    pub page: usize,
    /// Pages in the survey.
    pub pages: usize,
}

impl Progress {
    /// The share of the survey done before this page, 0..=1.
    pub fn fraction(&self) -> f32 {
        if self.pages == 0 {
            1.0
        } else {
            (self.page - 1) as f32 / self.pages as f32
        }
    }
}

/// A respondent's walk through the survey.
#[derive(Clone, Debug)]
pub struct SurveySession {
    /// The respondent's id.
    pub respondent_id: String,
    /// The respondent's segment ("" for none).
    pub segment: String,
    /// Feature indices in the order asked.
    order: Vec<usize>,
    pages: Vec<Page>,
    page: usize,
    /// One response per feature, in project order.
    responses: Vec<Response>,
    ask_importance: bool,
    randomised: bool,
}

/// The features in a random order drawn from `seed` (a small xorshift generator; the same seed
/// gives the same order, so sessions can be tested).
pub fn shuffled_order(count: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..count).collect();
    let mut state = seed | 1;
    for i in (1..count).rev() {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let j = (state % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

impl SurveySession {
    /// A session for a new respondent of `project`. `seed` is used only when the project asks
    /// for a random order.
    pub fn new(project: &Project, respondent_id: String, segment: String, seed: u64) -> Self {
        let settings = project.survey();
        let count = project.features().len();
        let randomised = settings.order == FeatureOrder::Random;
        let order = if randomised {
            shuffled_order(count, seed)
        } else {
            (0..count).collect()
        };
        let pages = order
            .iter()
            .flat_map(|&feature| match settings.layout {
                PageLayout::Pair => vec![Page {
                    feature,
                    part: PagePart::Pair,
                }],
                PageLayout::Single => vec![
                    Page {
                        feature,
                        part: PagePart::Functional,
                    },
                    Page {
                        feature,
                        part: PagePart::Dysfunctional,
                    },
                ],
            })
            .collect();
        Self {
            respondent_id,
            segment,
            order,
            pages,
            page: 0,
            responses: vec![Response::default(); count],
            ask_importance: settings.importance,
            randomised,
        }
    }

    /// The page shown now, or `None` once every page is done.
    pub fn current(&self) -> Option<Page> {
        self.pages.get(self.page).copied()
    }

    /// True when every page has been passed.
    pub fn is_complete(&self) -> bool {
        self.page >= self.pages.len()
    }

    /// True when the project asks for importance.
    pub fn asks_importance(&self) -> bool {
        self.ask_importance
    }

    /// The response given so far to a feature.
    pub fn response(&self, feature: usize) -> Response {
        self.responses.get(feature).copied().unwrap_or_default()
    }

    /// Where the respondent is.
    pub fn progress(&self) -> Progress {
        let pages = self.pages.len();
        let total = 2 * self.order.len();
        let page = self.page.min(pages);
        let before: usize = self.pages[..page].iter().map(|p| p.sides().len()).sum();
        let here = self.current().map_or(0, |p| p.sides().len());
        Progress {
            first: (before + 1).min(total),
            last: (before + here).min(total),
            total,
            page: (page + 1).min(pages.max(1)),
            pages,
        }
    }

    /// Records an answer on the current page.
    pub fn answer(&mut self, side: Side, answer: Answer) {
        if let Some(page) = self.current()
            && let Some(response) = self.responses.get_mut(page.feature)
        {
            match side {
                Side::Functional => response.functional = Some(answer),
                Side::Dysfunctional => response.dysfunctional = Some(answer),
            }
        }
    }

    /// Records importance on the current page.
    pub fn set_importance(&mut self, importance: Importance) {
        if let Some(page) = self.current()
            && let Some(response) = self.responses.get_mut(page.feature)
        {
            response.importance = Some(importance);
        }
    }

    /// The first question on the current page still unanswered: where keys 1–5 go.
    pub fn awaited_side(&self) -> Option<Side> {
        let page = self.current()?;
        let response = self.response(page.feature);
        page.sides()
            .iter()
            .copied()
            .find(|&side| response.answer(side).is_none())
    }

    /// Answers with a key 1–5 (like .. dislike): fills the first unanswered question of the page,
    /// or, when all are answered, changes the last one. Returns the side answered.
    pub fn answer_by_key(&mut self, answer: Answer) -> Option<Side> {
        let page = self.current()?;
        let side = self
            .awaited_side()
            .or_else(|| page.sides().last().copied())?;
        self.answer(side, answer);
        Some(side)
    }

    /// True when every question on the current page is answered (importance is optional).
    pub fn page_is_answered(&self) -> bool {
        self.current().is_some() && self.awaited_side().is_none()
    }

    /// Goes to the next page, if the current one is answered. Returns whether it moved.
    pub fn go_on(&mut self) -> bool {
        if self.page_is_answered() {
            self.page += 1;
            true
        } else {
            false
        }
    }

    /// Goes back one page, keeping the answers given there. Returns whether it moved.
    pub fn go_back(&mut self) -> bool {
        if self.page > 0 {
            self.page -= 1;
            true
        } else {
            false
        }
    }

    /// True when at least one feature has both questions answered.
    pub fn has_answers(&self) -> bool {
        self.responses.iter().any(|r| r.answer_pair().is_some())
    }

    /// The respondent as recorded. Only complete pairs are kept (with their importance): half an
    /// answer pair says nothing about a category, so an abandoned survey keeps what it can use.
    pub fn respondent(&self) -> Respondent {
        let responses = self
            .responses
            .iter()
            .map(|r| {
                if r.answer_pair().is_some() {
                    *r
                } else {
                    Response::default()
                }
            })
            .collect();
        Respondent {
            id: self.respondent_id.clone(),
            segment: self.segment.clone(),
            responses,
            order: Vec::new(),
        }
    }

    /// The edit that adds this respondent at the end of `project`: one undo step.
    pub fn finish(&self, project: &Project) -> Edit {
        let mut respondent = self.respondent();
        if self.randomised {
            respondent.order = self
                .order
                .iter()
                .filter_map(|&i| project.features().get(i).map(|f| f.id.clone()))
                .collect();
        }
        Edit::InsertRespondent {
            index: project.respondents().len(),
            respondent,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::samples::Sample;
    use crate::project::SurveySettings;

    fn sample_with(settings: SurveySettings) -> Project {
        Sample::MetroEnglish.project().with_survey(settings)
    }

    #[test]
    fn a_pair_page_takes_two_keys_then_moves_on() {
        let project = sample_with(SurveySettings::default());
        let mut s = SurveySession::new(&project, "r-new".into(), String::new(), 0);
        assert_eq!(s.progress().first, 1);
        assert_eq!(s.progress().last, 2);
        assert_eq!(s.progress().total, 28);
        assert!(!s.go_on(), "an unanswered page does not move on");
        assert_eq!(s.answer_by_key(Answer::Like), Some(Side::Functional));
        assert_eq!(s.answer_by_key(Answer::Dislike), Some(Side::Dysfunctional));
        assert!(s.go_on());
        assert_eq!(s.current().map(|p| p.feature), Some(1));
        assert_eq!(s.progress().first, 3);
        assert!(s.go_back());
        assert_eq!(s.response(0), Response::pair(Answer::Like, Answer::Dislike));
        // A third key on a full page changes the last answer.
        assert_eq!(s.answer_by_key(Answer::Neutral), Some(Side::Dysfunctional));
        assert_eq!(s.response(0).dysfunctional, Some(Answer::Neutral));
    }

    #[test]
    fn single_layout_asks_one_question_per_page() {
        let project = sample_with(SurveySettings {
            layout: PageLayout::Single,
            importance: true,
            ..SurveySettings::default()
        });
        let mut s = SurveySession::new(&project, "r".into(), String::new(), 0);
        assert_eq!(s.progress().pages, 28);
        assert!(!s.current().is_some_and(|p| p.asks_importance(true)));
        s.answer_by_key(Answer::MustBe);
        assert!(s.go_on());
        assert_eq!(s.current().map(|p| p.part), Some(PagePart::Dysfunctional));
        assert!(s.current().is_some_and(|p| p.asks_importance(true)));
        s.answer_by_key(Answer::Dislike);
        s.set_importance(Importance::new(8).unwrap());
        assert!(s.go_on());
        assert_eq!(s.response(0).importance.map(Importance::get), Some(8));
    }

    #[test]
    fn a_random_order_is_a_permutation_recorded_with_the_respondent() {
        let project = sample_with(SurveySettings {
            order: FeatureOrder::Random,
            ..SurveySettings::default()
        });
        let mut s = SurveySession::new(&project, "r".into(), "Tourist".into(), 42);
        let mut seen = s.order.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..14).collect::<Vec<_>>());
        assert_ne!(s.order, (0..14).collect::<Vec<_>>());
        while !s.is_complete() {
            s.answer_by_key(Answer::Like);
            s.answer_by_key(Answer::Dislike);
            assert!(s.go_on());
        }
        let Edit::InsertRespondent { index, respondent } = s.finish(&project) else {
            panic!("finishing adds a respondent");
        };
        assert_eq!(index, 120);
        assert_eq!(respondent.segment, "Tourist");
        assert_eq!(respondent.order.len(), 14);
        assert_eq!(respondent.order[0], project.features()[s.order[0]].id);
        assert!(
            respondent
                .responses
                .iter()
                .all(|r| r.answer_pair().is_some())
        );
    }

    #[test]
    fn an_abandoned_survey_keeps_complete_pairs_only() {
        let project = sample_with(SurveySettings::default());
        let mut s = SurveySession::new(&project, "r".into(), String::new(), 0);
        s.answer_by_key(Answer::Like);
        s.answer_by_key(Answer::Dislike);
        s.go_on();
        s.answer_by_key(Answer::Like);
        assert!(s.has_answers());
        let respondent = s.respondent();
        assert!(respondent.responses[0].answer_pair().is_some());
        assert_eq!(respondent.responses[1], Response::default());
        assert!(respondent.order.is_empty(), "fixed order is not recorded");
    }

    #[test]
    fn shuffles_are_reproducible_permutations() {
        for n in [0, 1, 2, 14, 200] {
            let a = shuffled_order(n, 7);
            assert_eq!(a, shuffled_order(n, 7));
            let mut sorted = a.clone();
            sorted.sort_unstable();
            assert_eq!(sorted, (0..n).collect::<Vec<_>>());
        }
    }
}
