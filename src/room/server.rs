//! The room's HTTP server: hyper 1 on a tokio current-thread runtime confined to one thread that
//! lives exactly as long as the [`Room`].
//!
//! Why this stack: hyper is the HTTP implementation under most of Rust's web servers and is kept
//! by the tokio project; its HTTP/1 builder has the header time-out and buffer limits the room
//! needs, and one current-thread runtime keeps the whole server on the one thread it owns.
//!
//! Must never: touch the document (arrivals go to the owner over a channel), answer `201` before
//! the owner says the respondent is saved, serve a path outside the token, read past the body
//! limit, keep more than [`MAX_CONNECTIONS`] connections, or let a connection live past
//! [`CONNECTION_LIFETIME`].

use super::net::{lan_address, url_host};
use super::submission::{BODY_LIMIT, Submission};
use super::survey::{Catalogue, RoomSurvey};
use super::token::{Token, base64url};
use super::{Arrival, Counts, Outcome};
use http_body_util::{BodyExt, Full, Limited};
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::{TokioIo, TokioTimer};
use std::collections::HashSet;
use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;
use tokio::sync::Semaphore;

/// At most this many connections at once; more are closed as they arrive.
pub const MAX_CONNECTIONS: usize = 256;
/// A client must send its request head within this time.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(5);
/// A client must send its whole body within this time.
pub const BODY_TIMEOUT: Duration = Duration::from_secs(10);
/// How long a submission may wait for the owner to save it before the phone is told to retry.
pub const SAVE_WAIT: Duration = Duration::from_secs(20);
/// No connection lives longer than this, however it behaves.
pub const CONNECTION_LIFETIME: Duration = Duration::from_secs(60);
/// The most distinct phones counted as joined (the set of their ids is bounded).
const JOINED_LIMIT: usize = 100_000;
/// The phone page; `{{LANG}}` and `{{NONCE}}` are filled per request.
const PHONE_PAGE: &str = include_str!("phone.html");

/// How a room is opened.
#[derive(Clone, Debug)]
pub struct RoomOptions {
    /// The address to listen on: one interface's, or 0.0.0.0 for all.
    pub bind: IpAddr,
    /// The port; 0 picks a free one.
    pub port: u16,
    /// The survey the phones get.
    pub survey: RoomSurvey,
}

impl RoomOptions {
    /// All interfaces, a free port.
    pub fn new(survey: RoomSurvey) -> Self {
        Self {
            bind: IpAddr::V4(Ipv4Addr::UNSPECIFIED),
            port: 0,
            survey,
        }
    }
}

/// Why a room could not open.
#[derive(Debug, thiserror::Error)]
pub enum RoomError {
    /// No random token could be drawn.
    #[error("no random numbers from the system for the room's token: {0}")]
    Random(getrandom::Error),
    /// The address could not be listened on.
    #[error("cannot listen on {address}: {source}")]
    Bind {
        /// The address.
        address: SocketAddr,
        /// What the system said.
        source: std::io::Error,
    },
    /// The server thread could not start.
    #[error("cannot start the room's server: {0}")]
    Start(std::io::Error),
}

/// An open room. Closing or dropping it stops the server and releases the port.
pub struct Room {
    url: String,
    address: SocketAddr,
    counts: Arc<Counts>,
    arrivals: mpsc::Receiver<Arrival>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl std::fmt::Debug for Room {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Room")
            .field("address", &self.address)
            .finish_non_exhaustive()
    }
}

/// What every request handler shares.
struct State {
    token: Token,
    lang: &'static str,
    survey_json: Bytes,
    catalogue: Catalogue,
    counts: Arc<Counts>,
    joined: Mutex<HashSet<String>>,
    to_owner: mpsc::Sender<Arrival>,
    wake: Arc<dyn Fn() + Send + Sync>,
}

impl Room {
    /// Opens a room: binds, starts the server thread, and returns at once. `wake` is called
    /// (on the server thread) whenever an arrival waits for the owner.
    pub fn open(
        options: RoomOptions,
        wake: Arc<dyn Fn() + Send + Sync>,
    ) -> Result<Self, RoomError> {
        let token = Token::new().map_err(RoomError::Random)?;
        let requested = SocketAddr::new(options.bind, options.port);
        let listener =
            std::net::TcpListener::bind(requested).map_err(|source| RoomError::Bind {
                address: requested,
                source,
            })?;
        let address = listener.local_addr().map_err(RoomError::Start)?;
        listener.set_nonblocking(true).map_err(RoomError::Start)?;
        let host = if options.bind.is_unspecified() {
            lan_address().unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))
        } else {
            options.bind
        };
        let url = format!(
            "http://{}:{}/r/{}",
            url_host(host),
            address.port(),
            token.as_str()
        );
        let counts = Arc::new(Counts::default());
        let (to_owner, arrivals) = mpsc::channel();
        let state = Arc::new(State {
            token,
            lang: options.survey.language,
            survey_json: Bytes::from(options.survey.to_json()),
            catalogue: options.survey.catalogue(),
            counts: Arc::clone(&counts),
            joined: Mutex::new(HashSet::new()),
            to_owner,
            wake,
        });
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(RoomError::Start)?;
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let thread = std::thread::Builder::new()
            .name("kanoscope-room".into())
            .spawn(move || runtime.block_on(serve(listener, state, stopped)))
            .map_err(RoomError::Start)?;
        Ok(Self {
            url,
            address,
            counts,
            arrivals,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// The URL phones open: `http://HOST:PORT/r/TOKEN`.
    pub fn url(&self) -> &str {
        &self.url
    }

    /// The address the server listens on.
    pub fn address(&self) -> SocketAddr {
        self.address
    }

    /// Phones joined and finished.
    pub fn counts(&self) -> &Counts {
        &self.counts
    }

    /// The next arrival, if one waits.
    pub fn try_arrival(&self) -> Option<Arrival> {
        self.arrivals.try_recv().ok()
    }

    /// The next arrival, waiting at most `timeout`.
    pub fn wait_arrival(&self, timeout: Duration) -> Option<Arrival> {
        self.arrivals.recv_timeout(timeout).ok()
    }

    /// Stops the server and releases the port. Phones waiting for an answer are told to retry.
    pub fn close(mut self) {
        self.shut_down();
    }

    fn shut_down(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(thread) = self.thread.take() {
            // A panic on the server thread has already been reported by the panic hook.
            let _ = thread.join();
        }
    }
}

impl Drop for Room {
    fn drop(&mut self) {
        self.shut_down();
    }
}

async fn serve(
    listener: std::net::TcpListener,
    state: Arc<State>,
    mut stopped: tokio::sync::oneshot::Receiver<()>,
) {
    let Ok(listener) = tokio::net::TcpListener::from_std(listener) else {
        return;
    };
    let slots = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        tokio::select! {
            _ = &mut stopped => break,
            accepted = listener.accept() => {
                let Ok((stream, _)) = accepted else {
                    // Out of file handles or similar: let some connections end first.
                    tokio::time::sleep(Duration::from_millis(20)).await;
                    continue;
                };
                let Ok(slot) = Arc::clone(&slots).try_acquire_owned() else {
                    drop(stream);
                    continue;
                };
                let _ = stream.set_nodelay(true);
                let state = Arc::clone(&state);
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let state = Arc::clone(&state);
                        async move { Ok::<_, Infallible>(handle(&state, request).await) }
                    });
                    let connection = http1::Builder::new()
                        .timer(TokioTimer::new())
                        .header_read_timeout(HEADER_TIMEOUT)
                        .max_buf_size(16 * 1024)
                        .serve_connection(TokioIo::new(stream), service);
                    let _ = tokio::time::timeout(CONNECTION_LIFETIME, connection).await;
                    drop(slot);
                });
            }
        }
    }
}

/// The room's paths, under its token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Route {
    Page,
    Survey,
    Responses,
}

fn route(token: &Token, path: &str) -> Option<Route> {
    let rest = path.strip_prefix("/r/")?;
    let (guess, tail) = rest.split_once('/').unwrap_or((rest, ""));
    if !token.matches(guess) {
        return None;
    }
    match tail {
        "" => Some(Route::Page),
        "survey" => Some(Route::Survey),
        "responses" => Some(Route::Responses),
        _ => None,
    }
}

async fn handle(state: &State, request: Request<Incoming>) -> Response<Full<Bytes>> {
    let route = route(&state.token, request.uri().path());
    match (request.method(), route) {
        (&Method::GET, Some(Route::Page)) => page(state),
        (&Method::GET, Some(Route::Survey)) => {
            if let Some(phone) = request.uri().query().and_then(phone_of) {
                let mut joined = state.joined.lock().unwrap_or_else(|e| e.into_inner());
                if joined.len() < JOINED_LIMIT && joined.insert(phone) {
                    state.counts.join();
                    (state.wake)();
                }
            }
            reply(StatusCode::OK, JSON, state.survey_json.clone())
        }
        (&Method::POST, Some(Route::Responses)) => submit(state, request).await,
        _ => error(StatusCode::NOT_FOUND, "not found"),
    }
}

/// The phone id in a `phone=ID` query, if it looks like a submission id.
fn phone_of(query: &str) -> Option<String> {
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix("phone="))
        .filter(|id| {
            super::SUBMISSION_LEN.contains(&id.len())
                && id
                    .bytes()
                    .all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_')
        })
        .map(str::to_owned)
}

fn page(state: &State) -> Response<Full<Bytes>> {
    let mut nonce = [0u8; 16];
    if getrandom::fill(&mut nonce).is_err() {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            "no random numbers for the page",
        );
    }
    let nonce = base64url(&nonce);
    let body = PHONE_PAGE
        .replace("{{LANG}}", state.lang)
        .replace("{{NONCE}}", &nonce);
    let mut response = reply(StatusCode::OK, HTML, Bytes::from(body));
    let policy = format!(
        "default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; \
         connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; \
         frame-ancestors 'none'"
    );
    if let Ok(value) = HeaderValue::from_str(&policy) {
        response
            .headers_mut()
            .insert(header::CONTENT_SECURITY_POLICY, value);
    }
    response
}

async fn submit(state: &State, request: Request<Incoming>) -> Response<Full<Bytes>> {
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > BODY_LIMIT as u64) {
        return error(
            StatusCode::PAYLOAD_TOO_LARGE,
            "the body is larger than 64 KiB",
        );
    }
    let body = Limited::new(request.into_body(), BODY_LIMIT).collect();
    let body = match tokio::time::timeout(BODY_TIMEOUT, body).await {
        Err(_) => return error(StatusCode::REQUEST_TIMEOUT, "the body came too slowly"),
        Ok(Err(e)) if e.is::<http_body_util::LengthLimitError>() => {
            return error(
                StatusCode::PAYLOAD_TOO_LARGE,
                "the body is larger than 64 KiB",
            );
        }
        Ok(Err(_)) => return error(StatusCode::BAD_REQUEST, "the body could not be read"),
        Ok(Ok(collected)) => collected.to_bytes(),
    };
    let submission = match Submission::parse(&body, &state.catalogue) {
        Ok(s) => s,
        Err(refusal) => return error(StatusCode::BAD_REQUEST, &refusal.0),
    };
    let (arrival, answer) = Arrival::new(submission);
    if state.to_owner.send(arrival).is_err() {
        return error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the room is closing; try again",
        );
    }
    (state.wake)();
    match tokio::time::timeout(SAVE_WAIT, answer).await {
        Ok(Ok(Outcome::Added(id))) => {
            state.counts.finish();
            (state.wake)();
            respondent(StatusCode::CREATED, &id)
        }
        Ok(Ok(Outcome::AlreadyIn(id))) => respondent(StatusCode::OK, &id),
        Ok(Ok(Outcome::Refused(why))) => error(StatusCode::BAD_REQUEST, &why),
        Ok(Ok(Outcome::NotSaved(why))) => error(StatusCode::SERVICE_UNAVAILABLE, &why),
        Ok(Err(_)) | Err(_) => error(
            StatusCode::SERVICE_UNAVAILABLE,
            "the room could not keep the answers yet; try again",
        ),
    }
}

const JSON: &str = "application/json; charset=utf-8";
const HTML: &str = "text/html; charset=utf-8";

fn respondent(status: StatusCode, id: &str) -> Response<Full<Bytes>> {
    let body = serde_json::json!({ "respondent": id }).to_string();
    reply(status, JSON, Bytes::from(body))
}

fn error(status: StatusCode, message: &str) -> Response<Full<Bytes>> {
    let body = serde_json::json!({ "error": message }).to_string();
    reply(status, JSON, Bytes::from(body))
}

fn reply(status: StatusCode, content_type: &'static str, body: Bytes) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(body));
    *response.status_mut() = status;
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    headers.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static("default-src 'none'; frame-ancestors 'none'"),
    );
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    headers.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    headers.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    headers.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_three_paths_under_the_token_are_routes() {
        let token = Token::from_bytes(&[1; 16]);
        let t = token.as_str();
        let check = |path: &str, expected: Option<Route>| {
            assert_eq!(route(&token, path), expected, "{path}");
        };
        check(&format!("/r/{t}"), Some(Route::Page));
        check(&format!("/r/{t}/"), Some(Route::Page));
        check(&format!("/r/{t}/survey"), Some(Route::Survey));
        check(&format!("/r/{t}/responses"), Some(Route::Responses));
        check(&format!("/r/{t}/survey/"), None);
        check(&format!("/r/{t}/../survey"), None);
        check(&format!("/r/{t}x/survey"), None);
        check("/r/", None);
        check("/", None);
        check("/favicon.ico", None);
    }

    #[test]
    fn the_phone_id_must_look_like_a_submission_id() {
        assert_eq!(phone_of("phone=abcdefgh12"), Some("abcdefgh12".into()));
        assert_eq!(phone_of("x=1&phone=abcdefgh12"), Some("abcdefgh12".into()));
        assert_eq!(phone_of("phone=short"), None);
        assert_eq!(phone_of("phone=abc%20defgh"), None);
    }
}
