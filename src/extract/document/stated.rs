//! The date lines an article states for itself, in reading order, and which of them dates it:
//! a release's own line first, else the first plain line, else a lone line of figures, else a
//! crawl stamp.

use super::super::dateline::DateLine;

/// The date lines met so far: the first one, and the first whose line opens with a date in
/// figures and goes on with text, which counts only if no other line does so (a chronology
/// written "7/7/1991 Office opens" has many).
#[derive(Default)]
pub(super) struct StatedDates {
    /// The date line below a release's heading: the release's own date, which a page's
    /// stamp above it ("date 2015-04-10" on a 2017 release) does not override.
    pub release: Option<(DateLine, String)>,
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
        if self.release.is_some() {
            return self.release;
        }
        let leading = self.leading_figures.filter(|_| self.leading_figures_lines == 1);
        let own = [self.plain, leading].into_iter().flatten().min_by_key(|(seen, _, _)| *seen);
        own.or(self.stamp).map(|(_, date, evidence)| (date, evidence))
    }
}
