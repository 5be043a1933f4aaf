//! The live room through a real HTTP client: `kanoscope room` as a separate process (the file,
//! Ctrl+C, restarts) and the room server in this process with a test owner (concurrency, limits).

mod client;
mod headless;
mod server;
