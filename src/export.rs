//! The JSON export: the model, serialized, as the `extract` command prints it and the app
//! offers it for download.

use crate::model::Model;

/// The model as pretty-printed JSON.
pub fn to_json(model: &Model) -> String {
    // Serializing plain data structs with string keys cannot fail.
    serde_json::to_string_pretty(model).unwrap_or_else(|e| format!("{{\"error\": {:?}}}", e.to_string()))
}
