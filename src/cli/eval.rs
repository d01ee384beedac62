//! `hark eval PATH`: scores the extractor on a brat-standoff attribution
//! corpus (PolNeAR), following the corpus README's rule.
