//! JSON-RPC over stdio with `Content-Length` framing.
//!
//! lsp-server's own stdio transport ends the connection on the first malformed frame; an
//! editor that sends one bad message would lose its linter. This reader logs a malformed
//! frame or payload to stderr, skips it and reads on. The writer is a thread that owns
//! stdout, so the server loop never blocks on a slow client while reading.

use std::io::{self, BufRead, Write};
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread::{self, JoinHandle};

use lsp_server::Message;

/// The largest message body accepted (a whole plan sent with didOpen fits easily).
const MAX_BODY: usize = 256 * 1024 * 1024;

/// What reading one frame gave.
#[derive(Debug)]
pub enum Frame {
    Body(String),
    /// A frame that could not be read; the reader has skipped it.
    Malformed(String),
}

/// Read one frame: header lines up to an empty line, then `Content-Length` bytes.
/// `Ok(None)` at the end of the input.
pub fn read_frame(input: &mut impl BufRead) -> io::Result<Option<Frame>> {
    let mut length: Option<Result<usize, String>> = None;
    let mut saw_header = false;
    let mut line = String::new();
    loop {
        line.clear();
        if input.read_line(&mut line)? == 0 {
            return Ok(None);
        }
        let header = line.trim_end_matches(['\r', '\n']);
        if header.is_empty() {
            if saw_header {
                break;
            }
            continue; // stray blank line between frames
        }
        saw_header = true;
        let Some((name, value)) = header.split_once(':') else {
            length = Some(Err(format!("malformed header line {header:?}")));
            continue;
        };
        if name.trim().eq_ignore_ascii_case("content-length") {
            length = Some(
                value
                    .trim()
                    .parse::<usize>()
                    .map_err(|e| format!("bad Content-Length {value:?}: {e}")),
            );
        }
    }
    let length = match length {
        Some(Ok(n)) if n <= MAX_BODY => n,
        Some(Ok(n)) => {
            return Ok(Some(Frame::Malformed(format!(
                "body of {n} bytes is too large"
            ))))
        }
        Some(Err(e)) => return Ok(Some(Frame::Malformed(e))),
        None => return Ok(Some(Frame::Malformed("no Content-Length header".into()))),
    };
    let mut body = vec![0; length];
    input.read_exact(&mut body)?;
    Ok(Some(match String::from_utf8(body) {
        Ok(text) => Frame::Body(text),
        Err(e) => Frame::Malformed(format!("body is not UTF-8: {e}")),
    }))
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
        .spawn(move || read_loop(&mut io::stdin().lock(), &to_server))?;
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
fn read_loop(input: &mut impl BufRead, to_server: &Sender<Message>) {
    loop {
        let frame = match read_frame(input) {
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
            Err(why) => eprintln!("peaklint lsp: skipped a message: {why}"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn frames(input: &str) -> Vec<String> {
        let mut reader = io::BufReader::new(input.as_bytes());
        let mut out = Vec::new();
        while let Ok(Some(f)) = read_frame(&mut reader) {
            out.push(match f {
                Frame::Body(b) => b,
                Frame::Malformed(m) => format!("!{m}"),
            });
        }
        out
    }

    #[test]
    fn reads_frames_and_skips_bad_ones() {
        let got = frames(
            "Content-Length: 2\r\n\r\n{}garbage\r\n\r\nContent-Length: x\r\n\r\n\
             content-length: 3\r\nContent-Type: utf-8\r\n\r\n[1]",
        );
        assert_eq!(got.len(), 4, "{got:?}");
        assert_eq!(got[0], "{}");
        assert!(got[1].starts_with("!malformed header"), "{got:?}");
        assert!(got[2].starts_with("!bad Content-Length"), "{got:?}");
        assert_eq!(got[3], "[1]");
        assert!(parse_message("{\"x\":1}").is_err());
        assert!(parse_message("{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}").is_ok());
    }
}
