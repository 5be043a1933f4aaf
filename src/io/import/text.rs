//! CSV text: decoding (UTF-8 with or without BOM, UTF-16 LE/BE with or without BOM, and legacy
//! encodings found by a detector, chardetng: GBK/GB18030 from Chinese platforms, Windows-1252
//! from European Excel), the separator (`,` `;` tab, sniffed from the header line, or Excel's `sep=` line),
//! quoted newlines, and each record's row number as a spreadsheet shows it. Never interprets a
//! cell.

use super::error::ReadError;
use super::table::{ReadOptions, Records, Source, TextEncoding};
use std::borrow::Cow;

pub(super) fn read_text(
    bytes: &[u8],
    options: &ReadOptions,
) -> Result<(Records, usize, Source), ReadError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty);
    }
    let (text, encoding) = decode(bytes, options.encoding)?;
    // Excel's "sep=;" first line names the separator; Excel hides it, so row numbers skip it.
    let (text, hinted) = match separator_hint(&text) {
        Some((separator, rest)) => (rest, Some(separator)),
        None => (text.as_ref(), None),
    };
    let separator = options
        .separator
        .or(hinted)
        .unwrap_or_else(|| sniff_separator(text));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator)
        .from_reader(text.as_bytes());
    let mut records = Vec::new();
    // A spreadsheet shows a record with quoted newlines as one row, and a blank line (which the
    // csv crate skips) as an empty row. The reader's position is the physical line where it
    // started looking for the record, before any blank lines: step over those, then subtract
    // the newlines quoted inside earlier records.
    let bytes = text.as_bytes();
    let mut quoted_newlines = 0u64;
    let mut previous = 0usize;
    for result in reader.records() {
        let record = result.map_err(|e| ReadError::Csv {
            row: previous + 1,
            message: e.to_string(),
        })?;
        let mut row = previous + 1;
        if let Some(position) = record.position() {
            let mut line = position.line();
            let start = usize::try_from(position.byte()).unwrap_or(usize::MAX);
            for &b in bytes.iter().skip(start) {
                match b {
                    b'\n' => line += 1,
                    b'\r' => {}
                    _ => break,
                }
            }
            let counted = usize::try_from(line.saturating_sub(quoted_newlines)).unwrap_or(row);
            row = row.max(counted);
        }
        quoted_newlines += record
            .iter()
            .map(|f| f.matches('\n').count() as u64)
            .sum::<u64>();
        previous = row;
        records.push((previous, record));
    }
    Ok((
        records,
        0,
        Source::Text {
            encoding,
            separator,
        },
    ))
}

/// Decodes text, honouring a byte-order mark.
fn decode(bytes: &[u8], encoding: TextEncoding) -> Result<(Cow<'_, str>, &'static str), ReadError> {
    if encoding == TextEncoding::Auto
        && let Some((found, bom)) = encoding_rs::Encoding::for_bom(bytes)
    {
        return decode_as(found, &bytes[bom..]);
    }
    let utf8 = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let forced = match encoding {
        TextEncoding::Auto => None,
        TextEncoding::Utf8 => Some(encoding_rs::UTF_8),
        TextEncoding::Utf16Le => Some(encoding_rs::UTF_16LE),
        TextEncoding::Utf16Be => Some(encoding_rs::UTF_16BE),
        TextEncoding::Gb18030 => Some(encoding_rs::GB18030),
        TextEncoding::Windows1252 => Some(encoding_rs::WINDOWS_1252),
    };
    if let Some(forced) = forced {
        let skip = encoding_rs::Encoding::for_bom(bytes)
            .filter(|(found, _)| *found == forced)
            .map_or(0, |(_, bom)| bom);
        return decode_as(forced, &bytes[skip..]);
    }
    // Before UTF-8: UTF-16 text of Latin letters is valid UTF-8 too, full of NULs.
    if let Some(utf16) = utf16_without_bom(bytes) {
        return decode_as(utf16, bytes);
    }
    if let Ok(text) = std::str::from_utf8(utf8) {
        return Ok((Cow::Borrowed(text), "UTF-8"));
    }
    // A legacy encoding: chardetng, Firefox's detector, tells GBK from Windows-1252 and kin by
    // the text itself. GBK is read as GB18030, its superset.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let guess = detector.guess(None, chardetng::Utf8Detection::Deny);
    let guess = if guess == encoding_rs::GBK {
        encoding_rs::GB18030
    } else {
        guess
    };
    decode_as(guess, bytes)
}

/// UTF-16 written without a byte-order mark: most of the bytes at odd (little-endian) or even
/// (big-endian) positions are zero, as they are for Latin text.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    if sample.len() < 4 {
        return None;
    }
    let pairs = sample.len() / 2;
    let zero_odd = sample
        .chunks_exact(2)
        .filter(|p| p[1] == 0 && p[0] != 0)
        .count();
    let zero_even = sample
        .chunks_exact(2)
        .filter(|p| p[0] == 0 && p[1] != 0)
        .count();
    if zero_odd * 10 >= pairs * 4 && zero_even == 0 {
        Some(encoding_rs::UTF_16LE)
    } else if zero_even * 10 >= pairs * 4 && zero_odd == 0 {
        Some(encoding_rs::UTF_16BE)
    } else {
        None
    }
}

fn decode_as<'a>(
    encoding: &'static encoding_rs::Encoding,
    bytes: &'a [u8],
) -> Result<(Cow<'a, str>, &'static str), ReadError> {
    let (text, malformed) = encoding.decode_without_bom_handling(bytes);
    let name = shown_name(encoding);
    if malformed {
        return Err(ReadError::Malformed {
            encoding: name,
            line: first_replacement_line(&text),
        });
    }
    Ok((text, name))
}

/// An encoding's name as people write it ("GB18030", "Windows-1252", "UTF-16LE").
fn shown_name(encoding: &'static encoding_rs::Encoding) -> &'static str {
    match encoding.name() {
        "gb18030" => "GB18030",
        "windows-1252" => "Windows-1252",
        other => other,
    }
}

fn first_replacement_line(text: &str) -> usize {
    let end = text.find('\u{FFFD}').unwrap_or(text.len());
    1 + text[..end].matches('\n').count()
}

/// `sep=X` alone on the first line: the separator X and the text after that line.
fn separator_hint(text: &str) -> Option<(u8, &str)> {
    let rest = text.strip_prefix("sep=")?;
    let separator = *rest.as_bytes().first()?;
    // Checked before slicing: a non-ASCII first byte is not a char boundary.
    if !separator.is_ascii() || separator == b'"' {
        return None;
    }
    let after = &rest[1..];
    let after = after
        .strip_prefix("\r\n")
        .or_else(|| after.strip_prefix('\n'))?;
    Some((separator, after))
}

/// The separator that splits the header line into the most columns: `,` `;` or tab. Quoted
/// text is skipped, so a comma inside a quoted question does not count.
fn sniff_separator(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for ch in text.chars() {
        match ch {
            '"' => quoted = !quoted,
            '\n' | '\r' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let candidates = [b',', b';', b'\t'];
    let mut best = 0;
    for i in 1..3 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    candidates[best]
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::io::import::table::{Table, read_table};

    fn read(text: &str) -> Table {
        read_table(text.as_bytes(), &ReadOptions::default()).unwrap()
    }

    #[test]
    fn separators_are_sniffed_from_the_header_line_only() {
        assert_eq!(sniff_separator("a;b;c\n1,2;3"), b';');
        assert_eq!(sniff_separator("a\tb\tc"), b'\t');
        assert_eq!(sniff_separator("\"a,b,c\";d;e\n"), b';');
        assert_eq!(sniff_separator("single"), b',');
    }

    #[test]
    fn excels_separator_line_is_obeyed_and_not_counted() {
        let t = read("sep=;\r\nid;a,b\n1;x,y\n");
        assert_eq!(t.headers, vec!["id", "a,b"]);
        assert_eq!(t.row_numbers, vec![2]);
        assert_eq!(separator_hint("sep=\"\n"), None);
        assert_eq!(separator_hint("sep=,"), None);
        assert_eq!(separator_hint("sep=；\n"), None);
    }

    #[test]
    fn row_numbers_count_quoted_newlines_and_blank_lines_as_a_spreadsheet_does() {
        let t = read("id,text\n1,\"two\nlines\"\n\n3,x\r\n4,y\n");
        assert_eq!(t.rows.len(), 3);
        assert_eq!(t.row_numbers, vec![2, 4, 5]);
        assert_eq!(&t.rows[0][1], "two\nlines");
        let t = read("\n\nid,text\n1,\"a\nb\nc\nd\"\n\n\n3,x\r\n\r\n4,y\n5,\"q\r\nr\"\n6,z");
        assert_eq!(t.header_rows, 3);
        assert_eq!(t.row_numbers, vec![4, 7, 9, 10, 11]);
    }

    #[test]
    fn encodings_are_detected_or_forced() {
        let (gbk, _, _) = encoding_rs::GB18030.encode("编号,性别\n1,女\n");
        let t = read_table(&gbk, &ReadOptions::default()).unwrap();
        assert_eq!(t.headers, vec!["编号", "性别"]);
        assert!(matches!(
            t.source,
            Source::Text {
                encoding: "GB18030",
                ..
            }
        ));
        let forced = ReadOptions {
            encoding: TextEncoding::Utf8,
            ..ReadOptions::default()
        };
        assert_eq!(
            read_table(&gbk, &forced),
            Err(ReadError::Malformed {
                encoding: "UTF-8",
                line: 1
            })
        );
        let t = read("\u{FEFF}id\n1\n");
        assert_eq!(t.headers, vec!["id"]);
        let mut utf16 = vec![0xFF, 0xFE];
        for unit in "a\tb\n1\t2\n".encode_utf16() {
            utf16.extend(unit.to_le_bytes());
        }
        let t = read_table(&utf16, &ReadOptions::default()).unwrap();
        assert_eq!(t.headers, vec!["a", "b"]);
        assert_eq!(t.rows, vec![vec!["1", "2"]]);
    }
}
