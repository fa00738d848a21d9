//! The view state shared by the timeline, the charts and the source panel: what is selected
//! and how the chart is scaled. One reducer, with verbs for actions.

use crate::charts::trade::Scale;
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct ViewState {
    /// The id of the selected event.
    pub selected: Option<String>,
    pub scale: Scale,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState { selected: None, scale: Scale::Log }
    }
}

pub enum Action {
    Select(String),
    CloseSource,
    SetScale(Scale),
}

impl Reducible for ViewState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Select(id) => next.selected = Some(id),
            Action::CloseSource => next.selected = None,
            Action::SetScale(scale) => next.scale = scale,
        }
        Rc::new(next)
    }
}

/// The model as the components share it: compared by identity, since it is parsed once.
#[derive(Clone)]
pub struct Shared(pub Rc<crate::model::Model>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = crate::model::Model;

    fn deref(&self) -> &Self::Target {
        &self.0
    }
}
