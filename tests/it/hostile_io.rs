//! Issue 20 through the binary: non-regular inputs are refused at once and the rest of
//! the batch is still checked; `report -o` never replaces an input or an existing file
//! without `--force` and never leaves a partial file; the CSV cannot smuggle a formula;
//! control characters in file names and text reach the terminal escaped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// Run the binary in `dir`; a run that outlives `limit` is killed and fails the test
/// (a FIFO must never make peaklint wait for a writer).
fn peaklint_in(dir: &Path, args: &[&str], limit: Duration) -> Output {
    let child = Command::new(env!("CARGO_BIN_EXE_peaklint"))
        .env_remove("PEAKLINT_LANG")
        .current_dir(dir)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn();
    let mut child = match child {
        Ok(c) => c,
        Err(e) => panic!("cannot run peaklint: {e}"),
    };
    let start = Instant::now();
    loop {
        match child.try_wait() {
            Ok(Some(_)) => break,
            Ok(None) if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                panic!("peaklint {args:?} still running after {limit:?}");
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            Err(e) => panic!("{e}"),
        }
    }
    match child.wait_with_output() {
        Ok(o) => o,
        Err(e) => panic!("{e}"),
    }
}

fn peaklint(dir: &Path, args: &[&str]) -> Output {
    peaklint_in(dir, args, Duration::from_secs(60))
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

fn tempdir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("peaklint-hostile-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    if let Err(e) = std::fs::create_dir_all(&dir) {
        panic!("{e}");
    }
    dir
}

fn write(path: &Path, bytes: &[u8]) {
    if let Err(e) = std::fs::write(path, bytes) {
        panic!("cannot write {}: {e}", path.display());
    }
}

fn read(path: &Path) -> Vec<u8> {
    std::fs::read(path).unwrap_or_default()
}

const PLAN: &str = "# 某园区碳达峰实施方案\n\n## 一、总体要求\n\n到2025年，园区单位工业增加值二氧化碳排放较2020年下降18%。\n";

#[cfg(unix)]
fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo")
        .arg(path)
        .status()
        .is_ok_and(|s| s.success());
    assert!(ok, "mkfifo {} failed", path.display());
}

/// A FIFO among the plans: refused within a second (opening it would wait for a writer
/// for ever), exit 2, and the other plan's findings are still printed.
#[cfg(unix)]
#[test]
fn a_fifo_plan_is_refused_and_the_batch_goes_on() {
    let dir = tempdir("fifo");
    mkfifo(&dir.join("p.md"));
    write(&dir.join("a.md"), PLAN.as_bytes());
    let start = Instant::now();
    let out = peaklint_in(
        &dir,
        &["check", "--format", "json", "p.md", "a.md"],
        Duration::from_secs(20),
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let json: serde_json::Value = match serde_json::from_slice(&out.stdout) {
        Ok(v) => v,
        Err(e) => panic!("{e}: {}", text(&out.stdout)),
    };
    let files = json["files"].as_array().cloned().unwrap_or_default();
    assert_eq!(files.len(), 2, "{json}");
    assert_eq!(files[0]["path"], "p.md");
    assert_eq!(files[0]["status"], "unreadable");
    let message = files[0]["diagnostics"][0]["message"].as_str().unwrap_or("");
    assert!(message.contains("FIFO"), "{message}");
    assert_eq!(files[1]["path"], "a.md");
    assert_ne!(files[1]["status"], "unreadable");
    // Process start-up and the rules pack included; the FIFO itself costs nothing.
    assert!(start.elapsed() < Duration::from_secs(15));
}

/// A device never ends and reports a size of 0: refused from its metadata.
#[cfg(unix)]
#[test]
fn a_device_is_refused() {
    let dir = tempdir("device");
    let out = peaklint_in(&dir, &["check", "/dev/zero"], Duration::from_secs(20));
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let all = text(&out.stdout) + &text(&out.stderr);
    assert!(all.contains("设备文件，不是普通文件"), "{all}");
}

/// The same for every other input path: --rules, --waivers, `extends:` in a
/// peaklint.yaml, `rules validate`. Each is an error (exit 2), at once.
#[cfg(unix)]
#[test]
fn fifo_rules_waivers_and_extends_are_refused() {
    let dir = tempdir("fifo-config");
    mkfifo(&dir.join("pipe.yaml"));
    write(&dir.join("a.md"), PLAN.as_bytes());
    let limit = Duration::from_secs(20);
    for args in [
        &["check", "--rules", "pipe.yaml", "a.md"][..],
        &["check", "--waivers", "pipe.yaml", "a.md"][..],
        &["rules", "validate", "pipe.yaml"][..],
    ] {
        let out = peaklint_in(&dir, args, limit);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let err = text(&out.stderr);
        assert!(err.contains("FIFO"), "{args:?}: {err}");
    }
    let sub = dir.join("sub");
    let _ = std::fs::create_dir_all(&sub);
    write(&sub.join("peaklint.yaml"), b"extends: ../pipe.yaml\n");
    write(&sub.join("b.md"), PLAN.as_bytes());
    let out = peaklint_in(&sub, &["check", "b.md"], limit);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(text(&out.stderr).contains("FIFO"), "{}", text(&out.stderr));
}

/// `report -o` where the output is one of the plans: refused, even with --force; the
/// plan is untouched.
#[test]
fn report_never_replaces_an_input() {
    let dir = tempdir("report-input");
    write(&dir.join("a.md"), PLAN.as_bytes());
    write(&dir.join("b.md"), PLAN.as_bytes());
    for force in [false, true] {
        let mut args = vec!["report", "-o", "a.md", "a.md", "b.md"];
        if force {
            args.push("--force");
        }
        let out = peaklint(&dir, &args);
        assert_eq!(out.status.code(), Some(2), "{out:?}");
        assert!(
            text(&out.stderr).contains("是要检查的文件之一：报告会覆盖它"),
            "{out:?}"
        );
        assert_eq!(read(&dir.join("a.md")), PLAN.as_bytes());
    }
    // Through another spelling of the same path.
    let out = peaklint(&dir, &["report", "-o", "./a.md", "a.md"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert_eq!(read(&dir.join("a.md")), PLAN.as_bytes());
}

/// Inside a folder being checked: refused without --force (a later run would read it
/// as a submission); an existing file: refused without --force, replaced with it.
#[test]
fn report_inside_a_scanned_folder_or_over_a_file_needs_force() {
    let dir = tempdir("report-force");
    let subs = dir.join("submissions");
    let _ = std::fs::create_dir_all(&subs);
    write(&subs.join("a.md"), PLAN.as_bytes());
    let out = peaklint(&dir, &["report", "submissions", "-o", "submissions/r.md"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(text(&out.stderr).contains("位于要检查的文件夹"), "{out:?}");
    assert!(!subs.join("r.md").exists());
    let out = peaklint(
        &dir,
        &["report", "submissions", "-o", "submissions/r.md", "--force"],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(text(&read(&subs.join("r.md"))).starts_with("# "));

    write(&dir.join("old.html"), b"old report");
    let out = peaklint(&dir, &["report", "submissions/a.md", "-o", "old.html"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(
        text(&out.stderr).contains("已存在（加 --force 替换）"),
        "{out:?}"
    );
    let out = peaklint(
        &dir,
        &[
            "--lang",
            "en",
            "report",
            "submissions/a.md",
            "-o",
            "old.html",
        ],
    );
    assert!(text(&out.stderr).contains("exists already"), "{out:?}");
    assert_eq!(read(&dir.join("old.html")), b"old report");
    let out = peaklint(
        &dir,
        &["report", "submissions/a.md", "-o", "old.html", "--force"],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(text(&read(&dir.join("old.html"))).starts_with("<!DOCTYPE html>"));
    // No temporary file is left behind.
    let left: Vec<String> = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".tmp"))
                .collect()
        })
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
}

/// The extension chooses the format; one that is no report format, or that contradicts
/// --format, is refused before anything is written; `-o -` is stdout.
#[test]
fn report_format_follows_the_output_extension() {
    let dir = tempdir("report-format");
    write(&dir.join("a.md"), PLAN.as_bytes());
    let out = peaklint(&dir, &["report", "a.md", "-o", "x.xlsx"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(text(&out.stderr).contains(".xlsx"), "{out:?}");
    assert!(!dir.join("x.xlsx").exists());
    let out = peaklint(&dir, &["report", "a.md", "--format", "csv", "-o", "x.html"]);
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    assert!(!dir.join("x.html").exists());
    let out = peaklint(&dir, &["report", "a.md", "--format", "csv", "-o", "-"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(text(&out.stdout).starts_with("\u{feff}rank,"), "{out:?}");
    assert!(!dir.join("-").exists());
}

/// A strict RFC 4180 reader: every quote must open a field or be doubled inside one,
/// every record ends with CRLF and has the header's number of fields.
fn strict_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let body = text.strip_prefix('\u{feff}').ok_or("no BOM")?;
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = body.chars().peekable();
    let mut at_start = true;
    while let Some(c) = chars.next() {
        match c {
            '"' if at_start => loop {
                match chars.next() {
                    Some('"') if chars.peek() == Some(&'"') => {
                        chars.next();
                        field.push('"');
                    }
                    Some('"') => break,
                    Some(c) => field.push(c),
                    None => return Err("unterminated quoted field".into()),
                }
            },
            '"' => return Err(format!("stray quote in field {field:?}")),
            ',' => {
                record.push(std::mem::take(&mut field));
                at_start = true;
                continue;
            }
            '\r' => {
                if chars.next() != Some('\n') {
                    return Err("CR without LF".into());
                }
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_start = true;
                continue;
            }
            '\n' => return Err("LF without CR".into()),
            c => field.push(c),
        }
        at_start = false;
        if let Some(&next) = chars.peek() {
            if !matches!(next, ',' | '\r') && c == '"' {
                return Err("text after a closing quote".into());
            }
        }
    }
    if !field.is_empty() || !record.is_empty() {
        return Err("last record without CRLF".into());
    }
    let width = records.first().map_or(0, Vec::len);
    if let Some(r) = records.iter().find(|r| r.len() != width) {
        return Err(format!(
            "record of {} fields, header has {width}: {r:?}",
            r.len()
        ));
    }
    Ok(records)
}

/// File names and headings that start like a formula are written with a leading `'`.
#[test]
fn csv_cells_cannot_start_a_formula() {
    let dir = tempdir("csv");
    let plan = "# 某园区碳达峰实施方案\n\n## =HYPERLINK(\"http://x\",\"点击\")\n\n正文。\n";
    write(&dir.join("=1+2.md"), plan.as_bytes());
    write(&dir.join("@SUM(A1).md"), PLAN.as_bytes());
    for rows in ["submissions", "findings"] {
        let out = peaklint(
            &dir,
            &[
                "report",
                "--format",
                "csv",
                "--rows",
                rows,
                "=1+2.md",
                "@SUM(A1).md",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{out:?}");
        let records = match strict_csv(&text(&out.stdout)) {
            Ok(r) => r,
            Err(e) => panic!("{rows}: {e}\n{}", text(&out.stdout)),
        };
        for r in records.iter().skip(1) {
            for cell in r {
                assert!(
                    !cell.starts_with(['=', '+', '-', '@']),
                    "{rows}: formula cell {cell:?}"
                );
            }
        }
        let paths: Vec<&str> = records
            .iter()
            .skip(1)
            .filter_map(|r| r.get(1))
            .map(String::as_str)
            .collect();
        assert!(paths.contains(&"'=1+2.md"), "{rows}: {paths:?}");
        assert!(paths.contains(&"'@SUM(A1).md"), "{rows}: {paths:?}");
    }
}

/// ESC sequences in a file name and in a heading never reach the terminal raw, in
/// `check` (colour off) and in `outline`.
#[cfg(unix)]
#[test]
fn control_characters_are_escaped_in_terminal_output() {
    let dir = tempdir("escape");
    let name = "a\u{1b}[2J.md";
    let plan = "# 某园区碳达峰实施方案\n\n## 一、总体\u{1b}[31m要求\n\n到2025年，单位GDP二氧化碳排放下降18%。\n";
    write(&dir.join(name), plan.as_bytes());
    for args in [
        &["check", "--color", "never", name][..],
        &["outline", name][..],
    ] {
        let out = peaklint(&dir, args);
        let all = text(&out.stdout) + &text(&out.stderr);
        assert!(!all.contains('\u{1b}'), "{args:?}: raw ESC in {all:?}");
        assert!(all.contains("a\\u{1b}[2J.md"), "{args:?}: {all}");
    }
    let out = peaklint(&dir, &["outline", name]);
    assert!(text(&out.stdout).contains("总体\\u{1b}[31m要求"), "{out:?}");
}

/// `--jobs` far above the number of files still checks them (one thread per file at
/// most), quickly.
#[test]
fn many_jobs_for_one_file() {
    let dir = tempdir("jobs");
    write(&dir.join("a.md"), PLAN.as_bytes());
    let out = peaklint_in(
        &dir,
        &["check", "--jobs", "16000", "--format", "json", "a.md"],
        Duration::from_secs(20),
    );
    assert!(matches!(out.status.code(), Some(0 | 1)), "{out:?}");
    assert!(text(&out.stdout).contains("\"a.md\""));
}

/// A special file as the output (`/dev/null`, a FIFO a reader waits on) is written to,
/// never replaced by a rename.
#[cfg(unix)]
#[test]
fn report_to_dev_null_writes_through() {
    let dir = tempdir("devnull");
    write(&dir.join("a.md"), PLAN.as_bytes());
    let out = peaklint(&dir, &["report", "a.md", "-o", "/dev/null"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    let is_char_device = {
        use std::os::unix::fs::FileTypeExt;
        std::fs::metadata("/dev/null").is_ok_and(|m| m.file_type().is_char_device())
    };
    assert!(is_char_device);
}

/// A file system mounted for one test and unmounted when dropped.
struct Tmpfs {
    dir: PathBuf,
}

impl Tmpfs {
    /// A `size`-byte tmpfs at a fresh folder, or why there is none: mounting needs root
    /// (and the privilege to mount, which a container may withhold).
    fn mount(name: &str, size: usize) -> Result<Tmpfs, String> {
        let dir = tempdir(name);
        let out = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .output()
            .map_err(|e| format!("cannot run mount: {e}"))?;
        if !out.status.success() {
            let _ = std::fs::remove_dir_all(&dir);
            return Err(format!(
                "mount -t tmpfs failed ({}); it needs root and the privilege to mount",
                text(&out.stderr).trim()
            ));
        }
        Ok(Tmpfs { dir })
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.dir).status();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// The plan every report case reads.
fn gov_plan() -> Vec<u8> {
    read(&Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/md/gov-plan.md"))
}

/// A full disk under `report` (issue 20). To stdout (`> /dev/full`, `-o -`): exit 2 with
/// the reason. To a file on a full file system (a 64 KiB tmpfs filled up): exit 2 with the
/// reason, no partial report, the file it would replace untouched, no temporary file left,
/// the input untouched.
#[test]
fn a_full_disk_is_an_error_that_leaves_no_partial_report() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    if Path::new("/dev/full").exists() {
        for args in [
            &["report", "fixtures/md/gov-plan.md"][..],
            &["report", "-o", "-", "fixtures/md/gov-plan.md"],
            &["report", "--format", "csv", "fixtures/md/gov-plan.md"],
        ] {
            let full = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap_or_else(|e| panic!("/dev/full: {e}"));
            let out = Command::new(env!("CARGO_BIN_EXE_peaklint"))
                .env_remove("PEAKLINT_LANG")
                .current_dir(root)
                .args(args)
                .stdout(full)
                .stderr(Stdio::piped())
                .output()
                .unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
            assert_eq!(
                text(&out.stderr).trim(),
                "错误：无法写出报告（标准输出）：磁盘空间不足",
                "{args:?}"
            );
        }
    } else {
        eprintln!("skipped the stdout case: this system has no /dev/full");
    }

    let fs = match Tmpfs::mount("full-disk", 64 * 1024) {
        Ok(fs) => fs,
        Err(why) => {
            eprintln!("skipped the full file system case: {why}");
            return;
        }
    };
    let dir = &fs.dir;
    let plan = gov_plan();
    write(&dir.join("a.md"), &plan);
    write(&dir.join("old.html"), b"old report");
    // Fill what is left.
    {
        use std::io::Write;
        let mut filler =
            std::fs::File::create(dir.join("filler")).unwrap_or_else(|e| panic!("{e}"));
        let chunk = [0u8; 4096];
        while filler.write_all(&chunk).is_ok() {}
    }
    for (args, zh) in [
        (
            &["report", "a.md", "-o", "old.html", "--force"][..],
            "错误：无法写入 old.html：磁盘空间不足",
        ),
        (
            &["report", "a.md", "-o", "new.html"],
            "错误：无法写入 new.html：磁盘空间不足",
        ),
        (
            &["report", "a.md", "-o", "new.csv"],
            "错误：无法写入 new.csv：磁盘空间不足",
        ),
    ] {
        let out = peaklint(dir, args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        assert_eq!(text(&out.stderr).trim(), zh, "{args:?}");
        assert_eq!(read(&dir.join("old.html")), b"old report", "{args:?}");
        assert_eq!(read(&dir.join("a.md")), plan, "{args:?}");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.flatten()
                    .map(|e| e.file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        assert_eq!(names, ["a.md", "filler", "old.html"], "{args:?}");
    }
    let out = peaklint(dir, &["--lang", "en", "report", "a.md", "-o", "new.html"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("cannot write new.html: No space left on device"),
        "{out:?}"
    );
    // With room again, the same command writes the report.
    let _ = std::fs::remove_file(dir.join("filler"));
    let out = peaklint(dir, &["report", "a.md", "-o", "small.csv"]);
    assert_eq!(out.status.code(), Some(0), "{out:?}");
}

/// File names that are not UTF-8 (issue 20): two names differing only in such a byte were
/// both printed `plan-�.md`. They are printed with the byte escaped (`plan-\xFF.md`), in
/// the human and JSON output, whether found in a folder or named, and both are read.
#[cfg(unix)]
#[test]
fn non_unicode_file_names_are_told_apart_and_read() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempdir("non-utf8");
    let ff = std::ffi::OsStr::from_bytes(b"plan-\xff.md");
    let fe = std::ffi::OsStr::from_bytes(b"plan-\xfe.md");
    write(&dir.join(ff), PLAN.as_bytes());
    write(
        &dir.join(fe),
        "# 某园区碳达峰实施方案\n\n## 一、碳达峰目标\n\n园区力争2035年实现碳达峰。\n".as_bytes(),
    );
    let run = |args: &[&std::ffi::OsStr]| {
        Command::new(env!("CARGO_BIN_EXE_peaklint"))
            .env_remove("PEAKLINT_LANG")
            .env("NO_COLOR", "1")
            .current_dir(&dir)
            .args(args)
            .output()
            .unwrap_or_else(|e| panic!("{e}"))
    };
    let os = std::ffi::OsStr::new;
    for args in [vec![os("check"), os(".")], vec![os("check"), ff, fe]] {
        let out = run(&args);
        let human = text(&out.stdout);
        assert!(human.contains("plan-\\xFF.md"), "{human}");
        assert!(human.contains("plan-\\xFE.md"), "{human}");
        assert!(!human.contains('\u{FFFD}'), "{human}");
        // Both read: the late peak of one is found, the other is checked.
        assert!(human.contains("target/late-peak"), "{human}");
        assert!(human.contains("找到 2 个文件，读取 2 个"), "{human}");
        let mut json_args = args.clone();
        json_args.insert(1, os("--format"));
        json_args.insert(2, os("json"));
        let out = run(&json_args);
        let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_default();
        let mut paths: Vec<String> = v["files"]
            .as_array()
            .map(|files| {
                files
                    .iter()
                    .map(|f| {
                        assert_eq!(f["status"], "checked", "{f}");
                        f["path"]
                            .as_str()
                            .unwrap_or("")
                            .trim_start_matches("./")
                            .to_owned()
                    })
                    .collect()
            })
            .unwrap_or_default();
        paths.sort();
        assert_eq!(
            paths,
            ["plan-\\xFE.md", "plan-\\xFF.md"],
            "{}",
            text(&out.stdout)
        );
    }
    // The outline names them the same way.
    let out = run(&[os("outline"), os(".")]);
    let outline = text(&out.stdout);
    assert!(
        outline.contains("plan-\\xFF.md") && outline.contains("plan-\\xFE.md"),
        "{outline}"
    );
}
