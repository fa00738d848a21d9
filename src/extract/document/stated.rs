//! The date lines an article states, as they are met: which one is the article's own date.

use super::super::dateline::DateLine;

/// The date lines met so far: the first one, and the first whose line opens with a date in
/// figures and goes on with text, which counts only if no other line does so (a chronology
/// written "7/7/1991 Office opens" has many).
#[derive(Default)]
pub(super) struct StatedDates {
    plain: Option<(usize, DateLine, String)>,
    /// A crawl stamp opening the text: the date only when the text states no other.
    stamp: Option<(usize, DateLine, String)>,
    leading_figures: Option<(usize, DateLine, String)>,
    leading_figures_lines: usize,
    pub(super) seen: usize,
}

impl StatedDates {
    pub(super) fn add(&mut self, found: DateLine, evidence: String) {
        self.seen += 1;
        let entry = (self.seen, found, evidence);
        if found.leading_figures {
            self.leading_figures_lines += 1;
            self.leading_figures.get_or_insert(entry);
        } else {
            self.plain.get_or_insert(entry);
        }
    }

    pub(super) fn add_stamp(&mut self, found: DateLine, evidence: String) {
        self.seen += 1;
        self.stamp = Some((self.seen, found, evidence));
    }

    pub(super) fn first(self) -> Option<(DateLine, String)> {
        let leading = self.leading_figures.filter(|_| self.leading_figures_lines == 1);
        let own = [self.plain, leading].into_iter().flatten().min_by_key(|(seen, _, _)| *seen);
        own.or(self.stamp).map(|(_, date, evidence)| (date, evidence))
    }
}
