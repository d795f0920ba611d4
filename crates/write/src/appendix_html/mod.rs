//! The strategy-evaluation appendix as one self-contained, accessible HTML
//! page the county can publish: inline CSS, `lang` (Finnish texts of the
//! programme and the units marked `lang="fi"` on a Swedish or English
//! page), tables with distinct captions and scoped headers that reflow to
//! one column on a narrow screen (no horizontal page scroll at 320 CSS px,
//! WCAG 1.4.10) and otherwise scroll in their own labelled region, status as
//! a word with its symbol hidden from screen readers, a printed page per
//! action with the title, date, publisher and page numbers in the margins.
use crate::appendix::{Action, Appendix, MeasureLine, Progress};
use crate::highlights::HighlightChoice;
use crate::html_text::{mark_finnish, words};
use crate::labels::Labels;
use crate::stats::Highlight;
use crate::summary::percent;
use crate::{ReportWriter, WriteError, escape_html as esc, status_symbol, status_word};
use koonti_model::{Lang, Programme, Report, Status};
use std::fmt::Write;

/// Writes the appendix as a self-contained HTML page.
#[derive(Debug, Clone, Default)]
pub struct AppendixHtmlWriter {
    /// The language of labels and of `<html lang>`.
    pub lang: Lang,
    /// The secretary's highlights (read from *Nostot*); `None`: the rule's.
    pub choices: Option<Vec<HighlightChoice>>,
    /// The date shown in the printed page's margin and at the foot of the
    /// page (e.g. "2.12.2026"); empty for none.
    pub date: String,
}

impl ReportWriter for AppendixHtmlWriter {
    fn name(&self) -> &'static str {
        "html"
    }

    fn render(&self, report: &Report, programme: &Programme) -> Result<Vec<u8>, WriteError> {
        let appendix = Appendix::of(report, programme, self.lang, self.choices.as_deref());
        let page = Page {
            appendix: &appendix,
            programme,
            l: Labels(self.lang),
            date: &self.date,
        };
        Ok(page.render().into_bytes())
    }
}

const STYLE: &str = "
*{box-sizing:border-box}
body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1a1a1a;line-height:1.45;overflow-wrap:break-word}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.25rem;margin-top:2rem}h3{font-size:1.05rem}
.region{overflow-x:auto;max-width:100%}
.region:focus{outline:2px solid #1a4f8b;outline-offset:2px}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:bold;padding:.3rem 0}
th,td{border:1px solid #767676;padding:.3rem .45rem;vertical-align:top;text-align:left;overflow-wrap:break-word;hyphens:manual}
thead th{background:#dbe7f5}td.n{text-align:center;white-space:nowrap}
th[scope=row]{white-space:nowrap}th[scope=row].t{white-space:normal}
.w{white-space:nowrap}
ul{margin:0;padding-left:1.1rem}.unit{color:#444;font-style:italic}
.rule,.colophon{font-size:.9rem;color:#444}
@media (max-width:60rem){
table.stack,table.stack tbody,table.stack tr,table.stack th,table.stack td{display:block;width:auto}
table.stack thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table.stack tr{border:1px solid #767676;margin-bottom:.6rem}
table.stack th,table.stack td{border:0;border-top:1px solid #d0d0d0}
table.stack td.n{text-align:left;white-space:normal}
table.stack td[data-label]::before{content:attr(data-label) ': ';font-weight:bold}
}
@media (max-width:30rem){body{padding:0 .75rem;margin-top:1rem}h1{font-size:1.2rem}h2{font-size:1.05rem}h3{font-size:1rem}}
@page{size:A4 landscape;margin:16mm 12mm;
@top-left{content:var(--title);font-size:8pt;color:#444}
@top-right{content:var(--date);font-size:8pt;color:#444}
@bottom-left{content:var(--publisher);font-size:8pt;color:#444}
@bottom-right{content:counter(page) ' / ' counter(pages);font-size:8pt;color:#444}}
@media print{body{margin:0;max-width:none;font-size:8pt}h1{font-size:1.4rem}h2{margin-top:0}th,td{padding:.2rem .35rem}.region{overflow:visible}section{page-break-after:always;break-after:page}section:last-of-type{page-break-after:auto;break-after:auto}tr,li{break-inside:avoid}h2,h3,caption{break-after:avoid}.colophon{display:none}}
";

/// One page being written.
struct Page<'a> {
    appendix: &'a Appendix,
    programme: &'a Programme,
    l: Labels,
    date: &'a str,
}

/// A CSS string literal of `text` (for the printed margins).
fn css_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            '<' | '>' | '&' | '\n' => {
                let _ = write!(out, "\\{:x} ", c as u32);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Page<'_> {
    /// A text of the programme or a unit, which is Finnish: marked so on a
    /// page in another language.
    fn fi(&self, text: &str) -> String {
        match self.l.0 {
            Lang::Fi => words(text),
            _ => format!("<span lang=\"fi\">{}</span>", words(text)),
        }
    }

    /// A sentence in the page's language that may name the programme's
    /// actions, measures and units in Finnish: those marked `lang="fi"`.
    fn sentence(&self, text: &str) -> String {
        if self.l.0 == Lang::Fi {
            return words(text);
        }
        let programme = self.programme;
        let mut names: Vec<String> = vec![programme.title.clone(), programme.organisation.clone()];
        names.extend(programme.sections.iter().map(|s| s.title.clone()));
        names.extend(programme.measures().iter().map(|(_, m)| m.text.clone()));
        names.extend(programme.units.iter().map(|u| u.name.clone()));
        names.extend(self.appendix.units.iter().cloned());
        mark_finnish(&words(text), &names)
    }

    /// A status as its word, with the symbol shown but not read out.
    fn status(&self, status: &Status) -> String {
        format!(
            "<span aria-hidden=\"true\">{}</span> {}",
            status_symbol(status, self.programme),
            esc(&status_word(status, self.programme, self.l.0))
        )
    }

    fn status_text(&self, status: &Status) -> String {
        status_word(status, self.programme, self.l.0)
    }

    fn render(&self) -> String {
        let (appendix, l) = (self.appendix, self.l);
        let mut html = String::new();
        let _ = write!(
            html,
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}:root{{--title:{};--date:{};--publisher:{}}}\n</style>\n</head>\n<body>\n<main>\n",
            l.0.code(),
            esc(&appendix.title),
            // Raw text inside <style>: escaped for CSS, '<' and '&' included.
            css_string(&appendix.title),
            css_string(self.date),
            css_string(&self.programme.organisation),
        );
        self.overview(&mut html);
        for (i, action) in appendix.actions.iter().enumerate() {
            self.action_section(&mut html, action, i);
        }
        self.feedback(&mut html);
        let _ = write!(
            html,
            "</main>\n<footer class=\"colophon\"><p>{}{}</p></footer>\n</body>\n</html>\n",
            self.fi(&self.programme.organisation),
            match self.date {
                "" => String::new(),
                date => format!(" · {}", esc(date)),
            }
        );
        html
    }

    fn status_headers(&self) -> String {
        self.appendix
            .statuses
            .iter()
            .map(|s| format!("<th scope=\"col\">{}</th>", self.status(s)))
            .collect()
    }

    /// A table in a region of its own that scrolls when it must, labelled
    /// by its caption.
    fn open_table(&self, html: &mut String, caption: &str, class: &str) {
        let _ = write!(
            html,
            "<div class=\"region\" role=\"region\" tabindex=\"0\" aria-label=\"{}\">\n<table class=\"{class}\">\n<caption>{}</caption>\n",
            esc(caption),
            esc(caption)
        );
    }

    fn overview(&self, html: &mut String) {
        let (appendix, l) = (self.appendix, self.l);
        let _ = write!(
            html,
            "<section aria-labelledby=\"yhteenveto\">\n<h1 id=\"yhteenveto\">{}</h1>\n<p>{}</p>\n<h2>{}</h2>\n<p>{}</p>\n",
            esc(&appendix.title),
            self.fi(&appendix.programme),
            esc(l.summary_heading()),
            self.sentence(&appendix.paragraph)
        );
        let done = format!("{} ({})", self.status_text(&appendix.done), l.share());
        self.open_table(html, &l.by_section(self.programme), "stack");
        let _ = write!(
            html,
            "<thead><tr><th scope=\"col\">{}</th>{}<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            esc(&l.section_word(self.programme)),
            self.status_headers(),
            format_args!(
                "<span aria-hidden=\"true\">{}</span> {}",
                status_symbol(&appendix.done, self.programme),
                esc(&done)
            )
        );
        for action in &appendix.actions {
            let cells: String = appendix
                .statuses
                .iter()
                .zip(&action.tally.counts)
                .map(|(s, n)| {
                    format!(
                        "<td class=\"n\" data-label=\"{}\">{n}</td>",
                        esc(&self.status_text(s))
                    )
                })
                .collect();
            let share = appendix.done_share(&action.tally);
            let _ = writeln!(
                html,
                "<tr><th scope=\"row\" class=\"t\">{}: {}</th>{cells}<td class=\"n\" data-label=\"{}\">{}</td></tr>",
                esc(&action.label),
                self.fi(&action.title),
                esc(&done),
                words(&percent(share, l.0))
            );
        }
        html.push_str("</tbody>\n</table>\n</div>\n");
        if let Some(progress) = &appendix.progress {
            self.progress_section(html, progress);
        }
        let _ = write!(
            html,
            "<p class=\"rule\">{}</p>\n</section>\n",
            esc(&l.highlight_rule(self.programme))
        );
    }

    /// The progress over the periods: the paragraph and the share done per
    /// action and period.
    fn progress_section(&self, html: &mut String, progress: &Progress) {
        let l = self.l;
        let title = if matches!(
            self.programme.scale,
            koonti_model::AnswerScale::Marks { .. }
        ) {
            l.done_share_by_action()
        } else {
            l.done_share_by_action_status()
        };
        let _ = write!(
            html,
            "<h2>{}</h2>\n<p>{}</p>\n",
            esc(l.progress_heading()),
            self.sentence(&progress.paragraph),
        );
        self.open_table(html, title, "stack");
        let periods: String = progress
            .periods
            .iter()
            .map(|p| format!("<th scope=\"col\">{}</th>", esc(&p.to_string())))
            .collect();
        let _ = write!(
            html,
            "<thead><tr><th scope=\"col\">{}</th>{periods}</tr></thead>\n<tbody>\n",
            esc(&l.section_word(self.programme)),
        );
        for (heading, shares) in &progress.shares {
            let cells: String = progress
                .periods
                .iter()
                .zip(shares)
                .map(|(period, s)| {
                    let text = s.map_or_else(|| l.none().to_string(), |s| percent(s, l.0));
                    format!(
                        "<td class=\"n\" data-label=\"{}\">{}</td>",
                        esc(&period.to_string()),
                        words(&text)
                    )
                })
                .collect();
            let _ = writeln!(
                html,
                "<tr><th scope=\"row\" class=\"t\">{}</th>{cells}</tr>",
                self.sentence(heading)
            );
        }
        html.push_str("</tbody>\n</table>\n</div>\n");
    }

    fn action_section(&self, html: &mut String, action: &Action, index: usize) {
        let (appendix, l) = (self.appendix, self.l);
        let _ = write!(
            html,
            "<section aria-labelledby=\"a{index}\">\n<h2 id=\"a{index}\">{}: {}</h2>\n",
            esc(&action.label),
            self.fi(&action.title),
        );
        let caption = format!(
            "{}: {} ({}: {})",
            action.label,
            l.by_measure(),
            l.responses(),
            appendix.responses
        );
        self.open_table(html, &caption, "measures stack");
        let _ = write!(
            html,
            "<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th>{}<th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
            esc(l.number()),
            esc(l.measure()),
            self.status_headers(),
            esc(l.highlights())
        );
        for measure in &action.measures {
            self.measure_row(html, measure);
        }
        html.push_str("</tbody>\n</table>\n</div>\n");
        if !action.coming.is_empty() {
            let _ = write!(
                html,
                "<h3>{}: {}</h3>\n{}",
                esc(l.coming()),
                esc(&action.label),
                self.list(&action.coming)
            );
        }
        html.push_str("</section>\n");
    }

    /// "<ul><li>text (Unit)</li>…</ul>".
    fn list(&self, items: &[Highlight]) -> String {
        let items: String = items
            .iter()
            .map(|h| {
                format!(
                    "<li>{} <span class=\"unit\">({})</span></li>",
                    self.fi(&h.text),
                    self.fi(&h.unit)
                )
            })
            .collect();
        format!("<ul>{items}</ul>\n")
    }

    fn measure_row(&self, html: &mut String, measure: &MeasureLine) {
        let (appendix, l) = (self.appendix, self.l);
        let counts: String = appendix
            .statuses
            .iter()
            .zip(&measure.tally.counts)
            .map(|(s, n)| {
                // "2 / 5" on one line: a number is never broken.
                format!(
                    "<td class=\"n\" data-label=\"{}\">{n}\u{a0}/\u{a0}{}</td>",
                    esc(&self.status_text(s)),
                    appendix.responses
                )
            })
            .collect();
        let list = if measure.highlights.is_empty() {
            "–".to_string()
        } else {
            self.list(&measure.highlights)
        };
        let _ = writeln!(
            html,
            "<tr><th scope=\"row\">{}</th><td>{}</td>{counts}<td data-label=\"{}\">{}</td></tr>",
            esc(&measure.id),
            self.fi(&measure.text),
            esc(l.highlights()),
            list.trim_end()
        );
    }

    /// The free-form feedback, as seed 004's "Vastanneiden huomioita".
    fn feedback(&self, html: &mut String) {
        if self.appendix.feedback.is_empty() {
            return;
        }
        let _ = write!(
            html,
            "<section aria-labelledby=\"palaute\">\n<h2 id=\"palaute\">{}</h2>\n{}</section>\n",
            esc(self.l.feedback_heading()),
            self.list(&self.appendix.feedback)
        );
    }
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod lang_tests;
