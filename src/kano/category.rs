//! The six Kano categories, their names, and counts per category.

use serde::{Deserialize, Serialize};

/// A Kano category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Category {
    /// Attractive (excitement): delights when present, not missed when absent.
    A,
    /// One-dimensional (performance): the more the better.
    O,
    /// Must-be (basic): taken for granted, dissatisfies when absent.
    M,
    /// Indifferent: makes no difference either way.
    I,
    /// Reverse: the respondent would rather not have it.
    R,
    /// Questionable: a contradictory answer pair.
    Q,
}

impl Category {
    /// All categories in the conventional A, O, M, I, R, Q order (the order of output columns).
    pub const ALL: [Self; 6] = [Self::A, Self::O, Self::M, Self::I, Self::R, Self::Q];

    /// The order that breaks ties (Matzler et al. 1996): M > O > A > I > R > Q.
    pub const PRECEDENCE: [Self; 6] = [Self::M, Self::O, Self::A, Self::I, Self::R, Self::Q];

    /// Position in [`Category::ALL`].
    pub const fn index(self) -> usize {
        self as usize
    }

    /// Rank in [`Category::PRECEDENCE`]; lower wins a tie.
    pub const fn precedence(self) -> usize {
        match self {
            Self::M => 0,
            Self::O => 1,
            Self::A => 2,
            Self::I => 3,
            Self::R => 4,
            Self::Q => 5,
        }
    }

    /// The letter: A, O, M, I, R or Q.
    pub const fn letter(self) -> &'static str {
        match self {
            Self::A => "A",
            Self::O => "O",
            Self::M => "M",
            Self::I => "I",
            Self::R => "R",
            Self::Q => "Q",
        }
    }

    /// The category a letter names (upper or lower case).
    pub fn from_letter(letter: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|c| c.letter().eq_ignore_ascii_case(letter))
    }
}

/// Counts of answer pairs per category, indexed in [`Category::ALL`] order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct CategoryCounts(pub [u32; 6]);

impl CategoryCounts {
    /// Counts from A, O, M, I, R, Q, in that order.
    pub const fn new(a: u32, o: u32, m: u32, i: u32, r: u32, q: u32) -> Self {
        Self([a, o, m, i, r, q])
    }

    /// The count of one category.
    pub const fn get(&self, category: Category) -> u32 {
        self.0[category.index()]
    }

    /// All pairs counted, Q included.
    pub fn total(&self) -> u32 {
        self.0.iter().sum()
    }

    /// The share of one category in the total, or `None` when nothing was counted.
    pub fn share(&self, category: Category) -> Option<f64> {
        let total = self.total();
        (total > 0).then(|| f64::from(self.get(category)) / f64::from(total))
    }

    /// Pairs with a category that the coefficients use: A + O + M + I.
    pub fn aomi(&self) -> u32 {
        self.get(Category::A)
            + self.get(Category::O)
            + self.get(Category::M)
            + self.get(Category::I)
    }

    /// The largest of `among`, ties broken by [`Category::PRECEDENCE`].
    pub fn largest(&self, among: &[Category]) -> Option<Category> {
        among
            .iter()
            .copied()
            .min_by_key(|&c| (std::cmp::Reverse(self.get(c)), c.precedence()))
    }

    /// The two largest of A, O, M, I, R (Q left out), ties broken by precedence:
    /// the `a >= b` of category strength, the strength rule and Fong's test.
    pub fn top_two(&self) -> (Category, Category) {
        let mut ranked = [
            Category::M,
            Category::O,
            Category::A,
            Category::I,
            Category::R,
        ];
        ranked.sort_by_key(|&c| (std::cmp::Reverse(self.get(c)), c.precedence()));
        (ranked[0], ranked[1])
    }
}

impl std::ops::Index<Category> for CategoryCounts {
    type Output = u32;
    fn index(&self, category: Category) -> &u32 {
        &self.0[category.index()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_round_trip() {
        for c in Category::ALL {
            assert_eq!(Category::from_letter(c.letter()), Some(c));
            assert_eq!(Category::from_letter(&c.letter().to_lowercase()), Some(c));
        }
        assert_eq!(Category::from_letter("X"), None);
    }

    #[test]
    fn precedence_matches_the_documented_order() {
        for (rank, c) in Category::PRECEDENCE.into_iter().enumerate() {
            assert_eq!(c.precedence(), rank);
        }
    }

    #[test]
    fn ties_go_to_the_earlier_category_in_m_o_a_i_r_q() {
        let counts = CategoryCounts::new(5, 5, 5, 5, 5, 5);
        assert_eq!(counts.largest(&Category::ALL), Some(Category::M));
        assert_eq!(counts.top_two(), (Category::M, Category::O));
        let counts = CategoryCounts::new(7, 1, 1, 7, 1, 9);
        assert_eq!(counts.largest(&Category::ALL), Some(Category::Q));
        assert_eq!(counts.top_two(), (Category::A, Category::I));
        assert_eq!(counts.largest(&[]), None);
    }
}
