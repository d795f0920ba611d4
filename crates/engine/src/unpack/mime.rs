//! The attachments of an e-mail saved as a file (.eml, RFC 5322 with MIME
//! parts): enough of MIME to find each attached file, its name and its
//! bytes. The message's own text is no return, and is passed over.

/// The attached files of `message`, each as (file name, bytes), in the
/// order of the message; forwarded messages inside it are searched too.
pub(crate) fn attachments(message: &[u8]) -> Vec<(String, Vec<u8>)> {
    let text = String::from_utf8_lossy(message).replace("\r\n", "\n");
    let mut found = Vec::new();
    part(&text, 0, &mut found);
    found
}

/// How deep forwarded messages and nested multiparts are followed.
const MAX_DEPTH: usize = 8;

fn part(text: &str, depth: usize, found: &mut Vec<(String, Vec<u8>)>) {
    if depth > MAX_DEPTH {
        return;
    }
    let (head, body) = text.split_once("\n\n").unwrap_or((text, ""));
    let headers = headers(head);
    let header = |name: &str| {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .unwrap_or_default()
    };
    let content_type = header("content-type");
    let mime = content_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase();
    if mime.starts_with("multipart/") {
        if let Some(boundary) = parameter(content_type, "boundary") {
            for inner in split_multipart(body, &boundary) {
                part(inner, depth + 1, found);
            }
        }
        return;
    }
    let disposition = header("content-disposition");
    let name = parameter(disposition, "filename").or_else(|| parameter(content_type, "name"));
    if mime == "message/rfc822" && name.is_none() {
        part(body, depth + 1, found);
        return;
    }
    let Some(name) = name else {
        return;
    };
    let encoding = header("content-transfer-encoding")
        .trim()
        .to_ascii_lowercase();
    let bytes = match encoding.as_str() {
        "base64" => base64(body),
        "quoted-printable" => quoted_printable(body),
        _ => body.as_bytes().to_vec(),
    };
    found.push((decode_words(&name), bytes));
}

/// The header lines as (lower-case name, value), folded lines joined.
fn headers(head: &str) -> Vec<(String, String)> {
    let mut headers: Vec<(String, String)> = Vec::new();
    for line in head.lines() {
        if line.starts_with([' ', '\t']) {
            if let Some((_, value)) = headers.last_mut() {
                value.push(' ');
                value.push_str(line.trim());
            }
        } else if let Some((name, value)) = line.split_once(':') {
            headers.push((name.trim().to_ascii_lowercase(), value.trim().to_string()));
        }
    }
    headers
}

/// The parts of a multipart body between its `--boundary` lines.
fn split_multipart<'a>(body: &'a str, boundary: &str) -> Vec<&'a str> {
    let marker = format!("--{boundary}");
    let mut parts = Vec::new();
    let mut start: Option<usize> = None;
    let mut offset = 0;
    for line in body.split_inclusive('\n') {
        let trimmed = line.trim_end();
        if trimmed == marker || trimmed == format!("{marker}--") {
            if let Some(from) = start {
                parts.push(body[from..offset].trim_end_matches('\n'));
            }
            if trimmed.ends_with("--") && trimmed != marker {
                return parts;
            }
            start = Some(offset + line.len());
        }
        offset += line.len();
    }
    if let Some(from) = start {
        parts.push(&body[from..]);
    }
    parts
}

/// A header parameter (`name="value"`), also in RFC 2231's forms
/// (`name*=UTF-8''%C3%A4.xlsx`, and split as `name*0*=`, `name*1*=`).
fn parameter(header: &str, name: &str) -> Option<String> {
    let mut plain = None;
    let mut pieces: Vec<(usize, String, bool)> = Vec::new();
    for param in header.split(';').skip(1) {
        let Some((key, value)) = param.split_once('=') else {
            continue;
        };
        let key = key.trim().to_ascii_lowercase();
        let value = value.trim().trim_matches('"').to_string();
        if key == name {
            plain = Some(value);
        } else if let Some(rest) = key.strip_prefix(name).and_then(|r| r.strip_prefix('*')) {
            let encoded = rest.ends_with('*') || rest.is_empty();
            let index = rest.trim_end_matches('*').parse().unwrap_or(0);
            pieces.push((index, value, encoded));
        }
    }
    if pieces.is_empty() {
        return plain;
    }
    pieces.sort_by_key(|(index, _, _)| *index);
    let mut bytes = Vec::new();
    for (i, (_, value, encoded)) in pieces.iter().enumerate() {
        let value = if i == 0 && *encoded {
            // charset'language'text
            value.splitn(3, '\'').nth(2).unwrap_or(value)
        } else {
            value
        };
        if *encoded {
            bytes.extend(percent_decode(value));
        } else {
            bytes.extend(value.as_bytes());
        }
    }
    Some(String::from_utf8(bytes.clone()).unwrap_or_else(|_| latin1(&bytes)))
}

fn percent_decode(text: &str) -> Vec<u8> {
    hex_escapes(text, b'%')
}

/// The bytes of `text` with each `escape` + two hex digits decoded: RFC
/// 2231's `%XX` and quoted-printable's `=XX` differ only in the escape.
fn hex_escapes(text: &str, escape: u8) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == escape
            && let Some(byte) = text
                .get(i + 1..i + 3)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        {
            out.push(byte);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    out
}

/// RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?ISO-8859-1?Q?…?=`) decoded.
fn decode_words(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(start) = rest.find("=?") {
        let word = &rest[start + 2..];
        let mut fields = word.splitn(3, '?');
        let (Some(charset), Some(encoding), Some(tail)) =
            (fields.next(), fields.next(), fields.next())
        else {
            break;
        };
        let Some(end) = tail.find("?=") else {
            break;
        };
        let before = &rest[..start];
        // Whitespace between two encoded words is no part of the text.
        if !before.trim().is_empty() || out.is_empty() {
            out.push_str(before);
        }
        let data = &tail[..end];
        let bytes = match encoding.to_ascii_uppercase().as_str() {
            "B" => base64(data),
            _ => quoted_printable(&data.replace('_', " ")),
        };
        out.push_str(&if charset.to_ascii_lowercase().starts_with("utf-8") {
            String::from_utf8_lossy(&bytes).into_owned()
        } else {
            latin1(&bytes)
        });
        rest = &tail[end + 2..];
    }
    out.push_str(rest);
    out
}

/// ISO 8859-1 (and Windows-1252's letters, which are the same for ä, ö, å).
fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

fn base64(text: &str) -> Vec<u8> {
    let value = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' | b'-' => Some(62),
        b'/' | b'_' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        if c == b'=' {
            break;
        }
        let Some(v) = value(c) else {
            continue; // line breaks and spaces
        };
        buffer = (buffer << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    out
}

fn quoted_printable(text: &str) -> Vec<u8> {
    hex_escapes(&text.replace("=\n", ""), b'=')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_attached_files_with_their_names() {
        let message = "From: Pelastuslaitos <p@example.fi>\r\n\
            Subject: Vastaus\r\n\
            MIME-Version: 1.0\r\n\
            Content-Type: multipart/mixed;\r\n boundary=\"raja\"\r\n\
            \r\n\
            --raja\r\n\
            Content-Type: text/plain; charset=utf-8\r\n\
            \r\n\
            Hei, tässä vastauksemme.\r\n\
            --raja\r\n\
            Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\
            Content-Disposition: attachment; filename*=UTF-8''Ik%C3%A4ihmiset.xlsx\r\n\
            Content-Transfer-Encoding: base64\r\n\
            \r\n\
            UEsDBA==\r\n\
            --raja\r\n\
            Content-Type: application/pdf; name=\"=?UTF-8?B?bXVpc3Rpby5wZGY=?=\"\r\n\
            Content-Transfer-Encoding: base64\r\n\
            \r\n\
            JVBERi0x\r\n\
            --raja--\r\n";
        let found = attachments(message.as_bytes());
        assert_eq!(
            found,
            [
                ("Ikäihmiset.xlsx".to_string(), b"PK\x03\x04".to_vec()),
                ("muistio.pdf".to_string(), b"%PDF-1".to_vec()),
            ]
        );
    }

    #[test]
    fn a_message_without_attachments_gives_none() {
        let message = "From: a@example.fi\nSubject: x\n\nPelkkä teksti.\n";
        assert!(attachments(message.as_bytes()).is_empty());
    }

    #[test]
    fn encoded_words_and_quoted_printable_decode() {
        assert_eq!(
            decode_words("=?ISO-8859-1?Q?P=E4iv=E4?= .xlsx"),
            "Päivä .xlsx"
        );
        assert_eq!(quoted_printable("a=3Db=\nc"), b"a=bc");
    }
}
