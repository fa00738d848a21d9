//! The JSON export: the model, serialized, as the `extract` command prints it and the app
//! offers it for download. `json_out` writes it, in the form serde_json's pretty printer gave.

use crate::model::Model;

/// The model as pretty-printed JSON.
pub fn to_json(model: &Model) -> String {
    crate::json_out::to_string_pretty(model)
}
