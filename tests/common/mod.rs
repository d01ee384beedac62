pub mod invented;
pub mod seeds;
pub mod tmux;
