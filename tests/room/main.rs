//! The live room through a real HTTP client: `kanoscope room` as a separate process (the file,
//! Ctrl+C, restarts) and the room server in this process with a test owner (concurrency, limits).

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod client;
mod headless;
mod server;
mod studio;
