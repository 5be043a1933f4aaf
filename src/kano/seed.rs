//! Seeds for the engine's resampling, derived from what is resampled, never from a clock.
//!
//! A feature's seed is a hash of its id and its counts, so that one feature's figures do not move
//! when another feature or the order of features changes, and every run and machine agree.

use super::category::CategoryCounts;

/// A stable seed from a feature's id and counts (one `CategoryCounts` per segment compared, or
/// one for the whole feature): FNV-1a, 64 bits.
///
/// The standard library's hasher is not used: its output may change between Rust releases, and
/// a seed must not.
pub fn seed_for(feature_id: &str, counts: &[CategoryCounts]) -> u64 {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let mut hash = OFFSET;
    let mut eat = |byte: u8| {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(PRIME);
    };
    feature_id.bytes().for_each(&mut eat);
    for segment in counts {
        // A byte that UTF-8 text never holds separates the id and each segment's counts.
        eat(0xff);
        for count in segment.0 {
            count.to_le_bytes().into_iter().for_each(&mut eat);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeds_are_fixed_for_good_and_follow_id_and_counts() {
        // FNV-1a of the empty input is its offset basis; of "a", the published test vector.
        assert_eq!(seed_for("", &[]), 0xcbf2_9ce4_8422_2325);
        assert_eq!(seed_for("a", &[]), 0xaf63_dc4c_8601_ec8c);
        let counts = CategoryCounts::new(8, 2, 1, 7, 1, 1);
        let seed = seed_for("hotline", &[counts]);
        assert_eq!(seed, seed_for("hotline", &[counts]));
        assert_ne!(seed, seed_for("hotline2", &[counts]));
        assert_ne!(
            seed,
            seed_for("hotline", &[CategoryCounts::new(8, 2, 1, 7, 1, 2)])
        );
        assert_ne!(seed, seed_for("hotline", &[counts, counts]));
    }
}
