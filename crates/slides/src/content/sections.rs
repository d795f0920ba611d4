//! The slides after the summary: one or more per action, the free-form
//! feedback, and who answered.
use super::*;

impl Builder<'_> {
    pub(super) fn action(&self, action: &Action) -> Vec<Slide> {
        let (a, l) = (self.appendix, self.l);
        let mut flow = self.flow(vec![
            self.deck_run(format!("{}:", action.label)),
            Run::new(&action.title, SOURCE),
        ]);
        flow.para(Para::plain(vec![self.deck_run(format!(
            "{}: {}",
            l.responses(),
            a.responses
        ))]));
        let counted: Vec<String> = self.status_cells().into_iter().map(|(w, _)| w).collect();
        let number = Table::column_for(l.number(), TABLE_PT, true).max(
            action
                .measures
                .iter()
                .map(|m| Table::column_for(&m.id, TABLE_PT, false))
                .fold(0.0, f64::max),
        );
        let (widths, size) = self.widths(&[number], &counted);
        let mut header = vec![
            Cell::text(vec![self.deck_run(l.number())]),
            Cell::text(vec![self.deck_run(l.measure())]),
        ];
        header.extend(counted.iter().map(|h| Cell::text(vec![self.deck_run(h)])));
        let rows = action
            .measures
            .iter()
            .map(|m| {
                let mut row = vec![
                    Cell::text(vec![self.deck_run(&m.id)]),
                    Cell::text(vec![Run::new(&m.text, SOURCE)]),
                ];
                row.extend(m.tally.counts.iter().map(|n| Cell::number(n, self.w.tag())));
                row
            })
            .collect();
        flow.table(Table {
            description: format!("{}: {}", action.label, self.w.measures_table()),
            widths,
            size,
            header,
            rows,
        });
        let highlights: Vec<(String, &Highlight)> = action
            .measures
            .iter()
            .flat_map(|m| m.highlights.iter().map(move |h| (m.id.clone(), h)))
            .collect();
        if !highlights.is_empty() {
            flow.heading(Para::heading(l.highlights(), self.w.tag()), keep());
            for (id, h) in highlights {
                flow.para(Para::item(vec![
                    self.deck_run(format!("{id}:")),
                    Run::new(&h.text, SOURCE),
                    Run::new(format!("({})", h.unit), SOURCE),
                ]));
            }
        }
        if !action.coming.is_empty() {
            flow.heading(Para::heading(l.coming(), self.w.tag()), keep());
            for h in &action.coming {
                flow.para(self.said(h));
            }
        }
        flow.finish()
    }

    /// "Their words (Unit)" as a list item.
    pub(super) fn said(&self, h: &Highlight) -> Para {
        Para::item(vec![
            Run::new(&h.text, SOURCE),
            Run::new(format!("({})", h.unit), SOURCE),
        ])
    }

    pub(super) fn feedback(&self) -> Vec<Slide> {
        let mut flow = self.flow(vec![self.deck_run(self.l.feedback_heading())]);
        if self.appendix.feedback.is_empty() {
            flow.para(Para::plain(vec![self.deck_run(self.w.no_feedback())]));
        }
        for h in &self.appendix.feedback {
            flow.para(self.said(h));
        }
        flow.finish()
    }

    pub(super) fn units(&self) -> Vec<Slide> {
        let w = self.w;
        let mut flow = self.flow(vec![self.deck_run(w.units_title())]);
        let list = |label: &str, units: Vec<String>| {
            Para::plain(vec![
                Run::bold(format!("{label} ({}):", units.len()), w.tag()),
                Run::new(units.join(", "), SOURCE),
            ])
        };
        let responded: Vec<String> = self
            .report
            .responses
            .iter()
            .map(|r| r.unit.clone())
            .collect();
        flow.para(list(w.responded(), responded));
        if self.report.missing_units.is_empty() {
            flow.para(Para::plain(vec![self.deck_run(w.all_responded())]));
        } else {
            flow.para(list(w.not_responded(), self.report.missing_units.clone()));
        }
        let only: Vec<String> = koonti_write::nothing_to_comment(self.report)
            .into_iter()
            .map(str::to_string)
            .collect();
        if !only.is_empty() {
            flow.para(list(w.only_feedback(), only));
        }
        flow.finish()
    }
}
