use serde::{Deserialize, Serialize};

/// A person, organisation or group quoted in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The fullest name the article gives ("Alexander Fomin"), or the group
    /// as the article words it ("Russian officials").
    pub name: String,
    /// Other forms the article uses ("Fomin", "Moscow's deputy defense minister").
    pub aliases: Vec<String>,
    /// "Russia's Deputy Defense Minister".
    pub role: Option<String>,
    pub kind: SpeakerKind,
    pub gender: Option<Gender>,
    /// Number of quotes attributed to this speaker.
    pub quotes: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    Person,
    Organization,
    Group,
    Unknown,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    Male,
    Female,
}
