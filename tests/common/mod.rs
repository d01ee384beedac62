pub mod seeds;
pub mod tmux;
