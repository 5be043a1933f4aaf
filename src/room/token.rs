//! The room's join token: 128 random bits from the operating system, written URL-safe.
//!
//! Must never: come from a seeded or predictable generator, be reused for a second room, or be
//! compared in a way whose time depends on how much of a guess is right.

/// Random bytes in a token: 16 bytes, 128 bits.
pub const TOKEN_BYTES: usize = 16;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// A room's secret: the only way in.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl std::fmt::Debug for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // A token in a log would let anyone who reads the log into the room.
        f.write_str("Token(…)")
    }
}

impl Token {
    /// A new token from the operating system's random source.
    pub fn new() -> Result<Self, getrandom::Error> {
        let mut bytes = [0u8; TOKEN_BYTES];
        getrandom::fill(&mut bytes)?;
        Ok(Self::from_bytes(&bytes))
    }

    /// The token that `bytes` write (base64url without padding: 22 characters for 16 bytes).
    pub fn from_bytes(bytes: &[u8]) -> Self {
        Self(base64url(bytes))
    }

    /// The token as it appears in the URL.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// True when `guess` is this token; the time taken does not depend on where they differ.
    pub fn matches(&self, guess: &str) -> bool {
        let (a, b) = (self.0.as_bytes(), guess.as_bytes());
        if a.len() != b.len() {
            return false;
        }
        a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}

/// Base64url without padding (RFC 4648 §5).
pub fn base64url(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len() * 4 / 3 + 2);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        let chars = chunk.len() + 1;
        for i in 0..chars {
            let index = (n >> (18 - 6 * i)) & 63;
            out.push(char::from(ALPHABET[index as usize]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_follows_the_rfc_test_vectors() {
        for (input, expected) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64url(input.as_bytes()), expected, "{input}");
        }
        assert_eq!(base64url(&[0xfb, 0xff]), "-_8");
    }

    #[test]
    fn a_token_has_128_bits_and_is_new_each_time() {
        let a = Token::new().unwrap();
        let b = Token::new().unwrap();
        assert_eq!(a.as_str().len(), 22);
        assert_ne!(a, b);
        assert!(a.as_str().bytes().all(|c| ALPHABET.contains(&c)));
    }

    #[test]
    fn only_the_whole_token_matches() {
        let token = Token::from_bytes(&[7; 16]);
        assert!(token.matches(token.as_str()));
        assert!(!token.matches(&token.as_str()[..21]));
        assert!(!token.matches(""));
        let mut wrong = token.as_str().to_owned();
        wrong.replace_range(21.., "X");
        assert!(!token.matches(&wrong));
        assert_eq!(format!("{token:?}"), "Token(…)");
    }
}
