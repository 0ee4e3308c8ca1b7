//! Checks that read a letter: how much of it is copied stock text.

pub mod originality;
