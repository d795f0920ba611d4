//! The strategy-evaluation appendix as one self-contained, accessible HTML
//! page the county can publish: inline CSS, `lang`, tables with captions and
//! scoped headers, status as symbol and word, a printed page per action.
use crate::appendix::{Action, Appendix, MeasureLine};
use crate::labels::Labels;
use crate::summary::percent;
use crate::{ReportWriter, WriteError, escape_html as esc, status_label};
use koonti_model::{Lang, Programme, Report};
use std::fmt::Write;

/// Writes the appendix as a self-contained HTML page.
#[derive(Debug, Clone, Copy, Default)]
pub struct AppendixHtmlWriter {
    /// The language of labels and of `<html lang>`.
    pub lang: Lang,
}

impl ReportWriter for AppendixHtmlWriter {
    fn name(&self) -> &'static str {
        "html"
    }

    fn render(&self, report: &Report, programme: &Programme) -> Result<Vec<u8>, WriteError> {
        let appendix = Appendix::of(report, programme, self.lang);
        Ok(page(&appendix, programme, Labels(self.lang)).into_bytes())
    }
}

const STYLE: &str = "
body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.4}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border:1px solid #767676;padding:.3rem .45rem;vertical-align:top;text-align:left}
thead th{background:#dbe7f5}td.n{text-align:center;white-space:nowrap}
ul{margin:0;padding-left:1.1rem}.unit{color:#444;font-style:italic}
.rule{font-size:.9rem;color:#444}
table.measures{table-layout:fixed}
@page{size:A4 landscape;margin:12mm}
@media print{body{margin:0;max-width:none;font-size:8pt}h2{margin-top:0}th,td{padding:.2rem .35rem}section{page-break-after:always;break-after:page}section:last-of-type{page-break-after:auto;break-after:auto}}
";

fn page(appendix: &Appendix, programme: &Programme, l: Labels) -> String {
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        l.0.code(),
        esc(&appendix.title)
    );
    overview(&mut html, appendix, programme, l);
    for (i, action) in appendix.actions.iter().enumerate() {
        action_section(&mut html, appendix, action, programme, l, i);
    }
    html.push_str("</main>\n</body>\n</html>\n");
    html
}

fn status_headers(appendix: &Appendix, programme: &Programme, l: Labels) -> String {
    appendix
        .statuses
        .iter()
        .map(|s| {
            format!(
                "<th scope=\"col\">{}</th>",
                esc(&status_label(s, programme, l.0))
            )
        })
        .collect()
}

fn overview(html: &mut String, appendix: &Appendix, programme: &Programme, l: Labels) {
    let _ = write!(
        html,
        "<section aria-labelledby=\"yhteenveto\">\n<h1 id=\"yhteenveto\">{}</h1>\n<p>{}</p>\n<h2>{}</h2>\n<p>{}</p>\n",
        esc(&appendix.title),
        esc(&appendix.programme),
        esc(l.summary_heading()),
        esc(&appendix.paragraph)
    );
    let done = status_label(&appendix.done, programme, l.0);
    let _ = write!(
        html,
        "<table>\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th>{}<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        esc(&l.by_section(programme)),
        esc(l.measure()),
        status_headers(appendix, programme, l),
        esc(&format!("{done} ({})", l.share()))
    );
    for action in &appendix.actions {
        let cells: String = action
            .tally
            .counts
            .iter()
            .map(|n| format!("<td class=\"n\">{n}</td>"))
            .collect();
        let share = appendix.done_share(&action.tally);
        let _ = writeln!(
            html,
            "<tr><th scope=\"row\">{}</th>{cells}<td class=\"n\">{}</td></tr>",
            esc(&action.heading),
            esc(&percent(share, l.0))
        );
    }
    let _ = write!(
        html,
        "</tbody>\n</table>\n<p class=\"rule\">{}</p>\n</section>\n",
        esc(l.highlight_rule())
    );
}

fn action_section(
    html: &mut String,
    appendix: &Appendix,
    action: &Action,
    programme: &Programme,
    l: Labels,
    index: usize,
) {
    let _ = write!(
        html,
        "<section aria-labelledby=\"a{index}\">\n<h2 id=\"a{index}\">{}</h2>\n<table class=\"measures\">\n<caption>{}</caption>\n{}\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>{}<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        esc(&action.heading),
        esc(&format!(
            "{} ({}: {})",
            l.by_measure(),
            l.responses(),
            appendix.responses
        )),
        colgroup(appendix.statuses.len()),
        esc(l.number()),
        esc(l.measure()),
        status_headers(appendix, programme, l),
        esc(l.highlights())
    );
    for measure in &action.measures {
        measure_row(html, appendix, measure, l);
    }
    html.push_str("</tbody>\n</table>\n</section>\n");
}

/// Column widths of a measures table: number, measure, counts, highlights.
fn colgroup(statuses: usize) -> String {
    let counts = "<col style=\"width:7%\">".repeat(statuses);
    let rest = 100 - 5 - 24 - 7 * statuses.min(9);
    format!(
        "<colgroup><col style=\"width:5%\"><col style=\"width:24%\">{counts}<col style=\"width:{rest}%\"></colgroup>"
    )
}

fn measure_row(html: &mut String, appendix: &Appendix, measure: &MeasureLine, l: Labels) {
    let counts: String = measure
        .tally
        .counts
        .iter()
        .map(|n| format!("<td class=\"n\">{n} / {}</td>", appendix.responses))
        .collect();
    let mut items: String = measure
        .highlights
        .iter()
        .map(|h| {
            format!(
                "<li>{} <span class=\"unit\">({})</span></li>",
                esc(&h.text),
                esc(&h.unit)
            )
        })
        .collect();
    if measure.more > 0 {
        let _ = write!(
            items,
            "<li>(+{} {})</li>",
            measure.more,
            esc(l.more_highlights())
        );
    }
    let list = if items.is_empty() {
        "–".to_string()
    } else {
        format!("<ul>{items}</ul>")
    };
    let _ = writeln!(
        html,
        "<tr><th scope=\"row\">{}</th><td>{}</td>{counts}<td>{list}</td></tr>",
        esc(&measure.id),
        esc(&measure.text)
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{report_with, siun};
    use koonti_model::Status;

    #[test]
    fn page_is_accessible_and_escaped() {
        let programme = siun();
        let mut report = report_with(&programme, 2, |_, _| Status::Implemented);
        report.answers[0].items = vec!["<script>alert(1)</script>".into()];
        let html = String::from_utf8(
            AppendixHtmlWriter { lang: Lang::Fi }
                .render(&report, &programme)
                .expect("rendered"),
        )
        .expect("utf-8");
        assert!(html.contains("<html lang=\"fi\">"));
        assert!(html.contains("<caption>"));
        assert!(html.contains("<th scope=\"row\">1.1</th>"));
        assert!(html.contains("✓ Toteutunut"));
        assert!(html.contains("&lt;script&gt;"));
        assert!(!html.contains("<script>"));
        assert_eq!(
            html.matches("<section").count(),
            1 + programme.sections.len()
        );
    }

    #[test]
    fn a_status_scale_shows_the_share_of_its_last_option() {
        let programme = koonti_programme::load("keusote-2020-2025").expect("bundled");
        let koonti_model::AnswerScale::Status { options, .. } = &programme.scale else {
            panic!("keusote has a status scale")
        };
        let last = options[options.len() - 1].id.clone();
        // Half of each unit's measures done, the rest not started.
        let first = options[0].id.clone();
        let report = report_with(&programme, 2, |unit, _| {
            Status::Option(if unit == 0 {
                last.clone()
            } else {
                first.clone()
            })
        });
        let html = String::from_utf8(
            AppendixHtmlWriter { lang: Lang::Fi }
                .render(&report, &programme)
                .expect("rendered"),
        )
        .expect("utf-8");
        let done = crate::status_label(&Status::Option(last.clone()), &programme, Lang::Fi);
        assert!(html.contains(&format!("{done} (osuus)")), "{html}");
        assert!(html.contains("50 %"));
        let not_started = crate::status_label(&Status::Option(first), &programme, Lang::Fi);
        assert!(!html.contains(&format!("{not_started} (osuus)")));
    }
}
