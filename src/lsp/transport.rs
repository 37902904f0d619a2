//! JSON-RPC over stdio with `Content-Length` framing.
//!
//! lsp-server's own stdio transport ends the connection on the first malformed frame; an
//! editor that sends one bad message would lose its linter. This reader logs a malformed
//! frame or payload to stderr, skips it and reads on. The writer is a thread that owns
//! stdout, so the server loop never blocks on a slow client while reading.

use std::collections::VecDeque;
use std::io::{self, BufRead, Read, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

use lsp_server::Message;

/// The largest message body accepted: a didOpen of a plan at the 64 MiB file-size limit
/// with room for JSON escapes. A larger frame is skipped (see [`FrameReader`]).
const MAX_BODY: usize = 96 * 1024 * 1024;

/// The longest header line kept; a longer one is consumed without being stored.
const MAX_HEADER_LINE: usize = 8 * 1024;

/// Header lines in one frame (real clients send one or two).
const MAX_HEADERS: usize = 32;

/// How much of a malformed header line a message quotes.
const QUOTE: usize = 60;

/// What reading one frame gave.
#[derive(Debug)]
pub enum Frame {
    Body(String),
    /// A frame that could not be read; the reader has skipped it.
    Malformed(String),
}

/// One line of input, capped.
enum Line {
    Eof,
    Text(Vec<u8>),
    /// Longer than [`MAX_HEADER_LINE`]: consumed to its end, not kept.
    TooLong,
}

/// Reads `Content-Length` frames and resynchronises after a malformed one, so one bad
/// message never costs the editor its linter:
///
/// * a header that is not `Name: value` but holds `Content-Length:` further on (a body
///   sent without a header, run into the next frame's header) restarts the frame there;
/// * after a frame whose body cannot be taken as declared (no or a bad
///   `Content-Length`, one over [`MAX_BODY`]), input is skipped up to the next line that
///   holds `Content-Length:` — a JSON body never holds one outside a string;
/// * a body that is not JSON but holds `Content-Length:` (the declared length was too
///   long and ran into the next frame) gives back everything from there.
///
/// Memory stays bounded: header lines are capped, a body is read as it arrives rather
/// than allocated from the declared length, and nothing is echoed in full.
pub struct FrameReader<R> {
    input: R,
    /// Bytes given back after a body that swallowed the start of the next frame.
    pending: VecDeque<u8>,
    /// Skip to the next `Content-Length:` before reading a frame.
    resync: bool,
}

impl<R: BufRead> FrameReader<R> {
    pub fn new(input: R) -> Self {
        FrameReader {
            input,
            pending: VecDeque::new(),
            resync: false,
        }
    }

    /// Read one frame. `Ok(None)` at the end of the input.
    pub fn read_frame(&mut self) -> io::Result<Option<Frame>> {
        let mut first: Option<Vec<u8>> = None;
        if std::mem::take(&mut self.resync) {
            loop {
                match self.read_line()? {
                    Line::Eof => return Ok(None),
                    Line::TooLong => {}
                    Line::Text(t) => {
                        if let Some(at) = find_content_length(&t) {
                            first = t.get(at..).map(<[u8]>::to_vec);
                            break;
                        }
                    }
                }
            }
        }
        let mut length: Option<Result<usize, String>> = None;
        let mut headers = 0usize;
        loop {
            let line = match first.take() {
                Some(l) => Line::Text(l),
                None => self.read_line()?,
            };
            let line = match line {
                Line::Eof => return Ok(None),
                Line::TooLong => {
                    self.resync = true;
                    return Ok(Some(Frame::Malformed(format!(
                        "header line longer than {MAX_HEADER_LINE} bytes"
                    ))));
                }
                Line::Text(t) => t,
            };
            let text = String::from_utf8_lossy(&line);
            let header = text.trim_end_matches(['\r', '\n']);
            if header.is_empty() {
                if headers > 0 {
                    break;
                }
                continue; // stray blank line between frames
            }
            headers += 1;
            if headers > MAX_HEADERS {
                self.resync = true;
                return Ok(Some(Frame::Malformed(format!(
                    "more than {MAX_HEADERS} header lines"
                ))));
            }
            match header.split_once(':') {
                Some((name, value)) if name.trim().eq_ignore_ascii_case("content-length") => {
                    length =
                        Some(value.trim().parse::<usize>().map_err(|e| {
                            format!("bad Content-Length {:?}: {e}", quote(value.trim()))
                        }));
                }
                Some((name, _)) if is_token(name) => {} // Content-Type and the like
                _ => {
                    // Not a header. A frame may start later on the line (a body sent
                    // without a header, then the next frame).
                    if let Some(at) = find_content_length(&line).filter(|&at| at > 0) {
                        self.give_back(line.get(at..).unwrap_or(&[]));
                        return Ok(Some(Frame::Malformed(format!(
                            "skipped {at} bytes before a Content-Length header"
                        ))));
                    }
                    length = Some(Err(format!("malformed header line {:?}", quote(header))));
                }
            }
        }
        let length = match length {
            Some(Ok(n)) if n <= MAX_BODY => n,
            Some(Ok(n)) => {
                self.resync = true;
                return Ok(Some(Frame::Malformed(format!(
                    "body of {n} bytes is too large (the limit is {MAX_BODY})"
                ))));
            }
            Some(Err(e)) => {
                self.resync = true;
                return Ok(Some(Frame::Malformed(e)));
            }
            None => {
                self.resync = true;
                return Ok(Some(Frame::Malformed("no Content-Length header".into())));
            }
        };
        let Some(body) = self.read_body(length)? else {
            return Ok(None);
        };
        if serde_json::from_slice::<serde::de::IgnoredAny>(&body).is_err() {
            // The declared length may have run into the next frame: give it back.
            if let Some(at) = find_content_length(&body).filter(|&at| at > 0) {
                self.give_back(body.get(at..).unwrap_or(&[]));
                return Ok(Some(Frame::Malformed(
                    "body is not JSON and runs into the next frame".into(),
                )));
            }
        }
        Ok(Some(match String::from_utf8(body) {
            Ok(text) => Frame::Body(text),
            Err(e) => Frame::Malformed(format!("body is not UTF-8: {}", e.utf8_error())),
        }))
    }

    /// Put `bytes` back in front of the input.
    fn give_back(&mut self, bytes: &[u8]) {
        for &b in bytes.iter().rev() {
            self.pending.push_front(b);
        }
    }

    /// One line (through its `\n`), at most [`MAX_HEADER_LINE`] bytes kept.
    fn read_line(&mut self) -> io::Result<Line> {
        let mut line = Vec::new();
        let mut too_long = false;
        let mut any = false;
        while let Some(b) = self.pending.pop_front() {
            any = true;
            if line.len() < MAX_HEADER_LINE {
                line.push(b);
            } else {
                too_long = true;
            }
            if b == b'\n' {
                return Ok(if too_long {
                    Line::TooLong
                } else {
                    Line::Text(line)
                });
            }
        }
        loop {
            let buf = self.input.fill_buf()?;
            if buf.is_empty() {
                return Ok(match (any, too_long) {
                    (false, _) => Line::Eof,
                    (true, true) => Line::TooLong,
                    (true, false) => Line::Text(line),
                });
            }
            any = true;
            let (chunk, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (buf.get(..=i).unwrap_or(buf), true),
                None => (buf, false),
            };
            let room = MAX_HEADER_LINE.saturating_sub(line.len());
            if chunk.len() > room {
                too_long = true;
            }
            line.extend_from_slice(chunk.get(..room.min(chunk.len())).unwrap_or(&[]));
            let used = chunk.len();
            self.input.consume(used);
            if done {
                return Ok(if too_long {
                    Line::TooLong
                } else {
                    Line::Text(line)
                });
            }
        }
    }

    /// `n` bytes of body, grown as they arrive; `None` when the input ends first.
    fn read_body(&mut self, n: usize) -> io::Result<Option<Vec<u8>>> {
        let from_pending = n.min(self.pending.len());
        let mut body: Vec<u8> = self.pending.drain(..from_pending).collect();
        let rest = (n - from_pending) as u64;
        (&mut self.input).take(rest).read_to_end(&mut body)?;
        Ok((body.len() == n).then_some(body))
    }
}

/// Where `Content-Length:` (any case) starts in `bytes`.
fn find_content_length(bytes: &[u8]) -> Option<usize> {
    const NEEDLE: &[u8] = b"content-length:";
    bytes
        .windows(NEEDLE.len())
        .position(|w| w.eq_ignore_ascii_case(NEEDLE))
}

/// A header name: visible ASCII without separators.
fn is_token(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

/// The start of `s`, for a message (a hostile header is never echoed whole).
fn quote(s: &str) -> String {
    match s.char_indices().nth(QUOTE) {
        Some((i, _)) => format!("{}…", s.get(..i).unwrap_or("")),
        None => s.to_string(),
    }
}

/// Read one frame from `input` (a reader that keeps no state between frames).
pub fn read_frame(input: &mut impl BufRead) -> io::Result<Option<Frame>> {
    FrameReader::new(input).read_frame()
}

/// Parse a frame's body as a JSON-RPC message.
pub fn parse_message(body: &str) -> Result<Message, String> {
    serde_json::from_str(body).map_err(|e| format!("malformed message: {e}"))
}

/// The two channels of a connection and the writer thread to join at the end.
pub struct Stdio {
    pub sender: Sender<Message>,
    pub receiver: Receiver<Message>,
    pub writer: JoinHandle<io::Result<()>>,
}

/// Start the reader and writer threads on stdin and stdout.
pub fn stdio() -> io::Result<Stdio> {
    let (to_server, receiver) = mpsc::channel::<Message>();
    let (sender, to_client) = mpsc::channel::<Message>();
    thread::Builder::new()
        .name("peaklint-lsp-reader".into())
        .spawn(move || read_loop(io::stdin().lock(), &to_server))?;
    let writer = thread::Builder::new()
        .name("peaklint-lsp-writer".into())
        .spawn(move || {
            let mut stdout = io::stdout().lock();
            for message in to_client {
                message.write(&mut stdout)?;
                stdout.flush()?;
            }
            Ok(())
        })?;
    Ok(Stdio {
        sender,
        receiver,
        writer,
    })
}

/// Forward every well-formed message to the server until the input ends, an `exit`
/// notification passes or the server has gone.
fn read_loop(input: impl BufRead, to_server: &Sender<Message>) {
    let mut reader = FrameReader::new(input);
    loop {
        let frame = match reader.read_frame() {
            Ok(Some(frame)) => frame,
            Ok(None) => return,
            Err(e) => {
                eprintln!("peaklint lsp: cannot read stdin: {e}");
                return;
            }
        };
        let message = match frame {
            Frame::Body(body) => parse_message(&body),
            Frame::Malformed(why) => Err(why),
        };
        match message {
            Ok(message) => {
                let exit = matches!(&message, Message::Notification(n) if n.method == "exit");
                if to_server.send(message).is_err() || exit {
                    return;
                }
            }
            Err(why) => eprintln!("peaklint lsp: skipped a message: {}", quote(&why)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &[u8]) -> Vec<String> {
        let mut reader = FrameReader::new(io::BufReader::new(input));
        let mut out = Vec::new();
        while let Ok(Some(f)) = reader.read_frame() {
            out.push(match f {
                Frame::Body(b) => b,
                Frame::Malformed(m) => format!("!{m}"),
            });
        }
        out
    }

    fn frame(body: &str) -> String {
        format!("Content-Length: {}\r\n\r\n{body}", body.len())
    }

    const OK: &str = r#"{"jsonrpc":"2.0","id":2,"method":"shutdown"}"#;

    #[test]
    fn reads_frames_and_skips_bad_ones() {
        let got = frames(
            "Content-Length: 2\r\n\r\n{}garbage\r\n\r\nContent-Length: x\r\n\r\n\
             content-length: 3\r\nContent-Type: utf-8\r\n\r\n[1]"
                .as_bytes(),
        );
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0], "{}");
        assert!(got[1].starts_with("!malformed header"), "{got:?}");
        assert!(got[2].starts_with("!bad Content-Length"), "{got:?}");
        assert_eq!(got[3], "[1]", "{got:?}");
        assert!(parse_message("{\"x\":1}").is_err());
        assert!(parse_message("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}").is_ok());
    }

    /// Every malformed frame of issue 20 is followed by a good one, which is read.
    #[test]
    fn resynchronises_after_every_malformed_frame() {
        let cases: Vec<(&str, String)> = vec![
            (
                "oversized length, short body",
                format!("Content-Length: 300000000\r\n\r\n{{\"a\":1}}{}", frame(OK)),
            ),
            (
                "non-numeric length",
                format!("Content-Length: abc\r\n\r\n{{}}{}", frame(OK)),
            ),
            (
                "body with no header",
                format!("{{\"jsonrpc\":\"2.0\"}}{}", frame(OK)),
            ),
            (
                "no Content-Length",
                format!("Content-Type: x\r\n\r\n{{}}\r\n{}", frame(OK)),
            ),
            (
                "declared length too long",
                format!("Content-Length: 40\r\n\r\n{{\"a\":1}}{}", frame(OK)),
            ),
            (
                "negative length",
                format!("Content-Length: -5\r\n\r\n{}", frame(OK)),
            ),
            (
                "binary garbage",
                format!("\u{1}\u{2}\u{3}\r\n\r\n{}", frame(OK)),
            ),
        ];
        for (name, input) in cases {
            let got = frames(input.as_bytes());
            assert_eq!(got.last().map(String::as_str), Some(OK), "{name}: {got:?}");
            assert!(got.iter().any(|g| g.starts_with('!')), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_huge_header_line_is_not_kept_nor_echoed() {
        let mut input = vec![b'x'; 4 * MAX_HEADER_LINE];
        input.extend_from_slice(b"\r\n");
        input.extend_from_slice(frame(OK).as_bytes());
        let got = frames(&input);
        assert_eq!(got.len(), 2, "{got:?}");
        assert!(got[0].len() < 100, "{}", got[0]);
        assert_eq!(got[1], OK);
        // A malformed header is quoted, not echoed whole.
        let long = format!("{}\r\n\r\n{}", "y".repeat(2000), frame(OK));
        let got = frames(long.as_bytes());
        assert!(got[0].len() < 200, "{}", got[0]);
        assert_eq!(got.last().map(String::as_str), Some(OK));
    }

    #[test]
    fn a_body_cut_short_by_the_end_of_input_ends_reading() {
        assert!(frames(b"Content-Length: 10\r\n\r\n{}").is_empty());
    }
}
