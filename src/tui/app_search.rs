//! `App`'s side of the `/` search overlay: building the shared index when it opens,
//! carrying out what the overlay answers (a job for the worker, a jump to a hit), and
//! taking in the worker's results. The overlay's own handling is `search.rs`.

use super::action::Action;
use super::app::{App, Effect, Overlay, Pane};
use super::layout;
use super::overlay::Outcome;
use super::search::{HitTarget, SearchState, SearchStep, SharedIndex};
use crate::search::{Hit, SearchIndex};
use std::sync::Arc;

impl App {
    pub(super) fn open_search(&mut self) {
        let index = match &self.search_index {
            Some(i) => i.clone(),
            None => {
                let built = SharedIndex(Arc::new(SearchIndex::build(&self.library)));
                self.search_index = Some(built.clone());
                built
            }
        };
        self.overlay = Overlay::Search(Box::new(SearchState::new(index)));
    }

    pub fn is_searching(&self) -> bool {
        matches!(&self.overlay, Overlay::Search(s) if s.searching)
    }

    pub(super) fn update_search(&mut self, action: Action) -> Vec<Effect> {
        let rows = layout::overlay_rows(self.size);
        let Overlay::Search(s) = &mut self.overlay else {
            return Vec::new();
        };
        match s.update(&action, rows, self.setup.lang) {
            Outcome::Done(SearchStep::Search(job, told)) => {
                if let Some(text) = told {
                    self.set_status(text, false);
                }
                return vec![Effect::Search(job)];
            }
            Outcome::Done(SearchStep::Jump) => {
                if let Overlay::Search(s) = std::mem::replace(&mut self.overlay, Overlay::None)
                    && let Some(target) = s.target(&self.library)
                {
                    self.jump_to(target);
                }
            }
            other => self.settle(other.map_done(|_| ())),
        }
        Vec::new()
    }

    /// Results of a search job; those of a superseded query are dropped.
    pub fn search_done(&mut self, generation: u64, hits: Vec<Hit>) {
        if let Overlay::Search(s) = &mut self.overlay {
            s.done(generation, hits);
        }
    }

    /// Opens the hit's meeting at its item, marking the outcome or action it found.
    fn jump_to(&mut self, target: HitTarget) {
        self.open_meeting(target.meeting);
        self.focus = Pane::Agenda;
        if let Some(i) = target.item {
            self.move_in(Pane::Agenda, i as isize);
        }
        self.details_mark = target.mark;
        // Scroll the details so the marked line shows, a third of the way down.
        self.details_scroll = 0;
        if let Some(areas) = self.areas() {
            let inner = areas.details.inner(ratatui::layout::Margin::new(1, 1));
            if let Some(row) = super::ui::details::marked_row(self, inner.width) {
                self.details_scroll = row.saturating_sub(usize::from(inner.height) / 3);
            }
        }
    }
}
