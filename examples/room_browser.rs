//! The phone page in a real browser: Debian's chromium driven through chromium-driver (WebDriver,
//! fantoccini). Opens `kanoscope room` on the sample survey, loads the phone page at 390×844,
//! checks it fits a 320-pixel screen and its touch targets are at least 44 pixels, answers every
//! feature, sends, and checks the respondent is in the file. Saves a picture of the page.
//!
//! Run by scripts/check-room-browser.sh (which installs the browser):
//! `cargo run --example room_browser --features browser-test -- [PICTURE.png]`.
//! Environment: CHROMIUM (default /usr/bin/chromium), CHROMEDRIVER (default chromedriver).

use fantoccini::{ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use kanoscope::cli::{RoomArgs, serve_room_announcing};
use kanoscope::io::{read_project, samples::Sample, save_project};
use kanoscope::project::SurveySettings;
use std::net::{IpAddr, Ipv4Addr, TcpListener, TcpStream};
use std::process::{Command, ExitCode, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::Duration;

type Failure = Box<dyn std::error::Error>;

fn main() -> ExitCode {
    let picture = std::env::args().nth(1);
    match run(picture.as_deref()) {
        Ok(()) => {
            println!("room-browser: the phone page answered the survey in chromium");
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("room-browser: {error}");
            ExitCode::FAILURE
        }
    }
}

fn run(picture: Option<&str>) -> Result<(), Failure> {
    let dir = tempfile::tempdir()?;
    let file = dir.path().join("metro.kano.json");
    let project = Sample::MetroEnglish.project().with_survey(SurveySettings {
        importance: true,
        ..SurveySettings::default()
    });
    save_project(&file, &project)?;
    let before = project.respondents().len();
    let features = project.features().len();
    let args = RoomArgs {
        file: file.clone(),
        bind: IpAddr::V4(Ipv4Addr::LOCALHOST),
        port: 0,
        lang: None,
        segment_question: Some("Which line do you use?".into()),
    };
    let stop = AtomicBool::new(false);
    let (opened, urls) = mpsc::channel();
    std::thread::scope(|scope| -> Result<(), Failure> {
        let room = scope.spawn(|| {
            serve_room_announcing(&args, &stop, |url| {
                let _ = opened.send(url.to_owned());
                Ok(())
            })
        });
        let url = urls.recv_timeout(Duration::from_secs(30))?;
        let outcome = drive(&url, features, picture);
        stop.store(true, Ordering::SeqCst);
        room.join()
            .map_err(|_| "the room's thread panicked")?
            .map_err(|e| e.0)?;
        outcome
    })?;
    let saved = read_project(&file)?;
    if saved.respondents().len() != before + 1 {
        return Err(format!(
            "the file holds {} respondents, expected {}",
            saved.respondents().len(),
            before + 1
        )
        .into());
    }
    let added = saved.respondents().last().ok_or("no respondent")?;
    if added.segment != "Line 11" {
        return Err(format!("segment {:?}, expected \"Line 11\"", added.segment).into());
    }
    let answered = added
        .responses
        .iter()
        .filter(|r| r.answer_pair().is_some() && r.importance.is_some())
        .count();
    if answered != features {
        return Err(format!("{answered} of {features} features were stored").into());
    }
    Ok(())
}

/// A free port for chromedriver.
fn free_port() -> Result<u16, Failure> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

fn drive(url: &str, features: usize, picture: Option<&str>) -> Result<(), Failure> {
    let port = free_port()?;
    let driver = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
    let mut chromedriver = Command::new(&driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("cannot start {driver}: {e}"))?;
    // chromedriver takes a moment to listen; it is a separate program, so poll its port.
    let mut ready = false;
    for _ in 0..100 {
        if TcpStream::connect(("127.0.0.1", port)).is_ok() {
            ready = true;
            break;
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    let outcome = if ready {
        tokio::runtime::Builder::new_multi_thread()
            .enable_all()
            .build()?
            .block_on(answer_in_browser(port, url, features, picture))
    } else {
        Err(format!("{driver} did not listen on port {port}").into())
    };
    let _ = chromedriver.kill();
    let _ = chromedriver.wait();
    outcome
}

async fn answer_in_browser(
    port: u16,
    url: &str,
    features: usize,
    picture: Option<&str>,
) -> Result<(), Failure> {
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                     "--window-size=390,844", "--force-device-scale-factor=2"],
        }),
    );
    let client = ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities)
        .connect(&format!("http://127.0.0.1:{port}"))
        .await?;
    let result = steps(&client, url, features, picture).await;
    let _ = client.close().await;
    result
}

async fn steps(
    client: &fantoccini::Client,
    url: &str,
    features: usize,
    picture: Option<&str>,
) -> Result<(), Failure> {
    client.set_window_size(390, 844).await?;
    client.goto(url).await?;
    let wait = || client.wait().at_most(Duration::from_secs(20));
    wait().for_element(Locator::Css("#segment")).await?;
    check_layout(client, "the start screen").await?;
    client
        .find(Locator::Css("#segment"))
        .await?
        .send_keys("Line 11")
        .await?;
    client.find(Locator::Css("#next")).await?.click().await?;
    for n in 1..=features {
        let progress = wait().for_element(Locator::Css(".progress")).await?;
        let expected = format!("{n} of {features}");
        if progress.text().await? != expected {
            return Err(format!(
                "progress reads {:?}, expected {expected:?}",
                progress.text().await?
            )
            .into());
        }
        let groups = client.find_all(Locator::Css(".choices")).await?;
        if groups.len() != 2 {
            return Err(format!("feature {n} shows {} question groups", groups.len()).into());
        }
        // Buttons are drawn anew after each click: find them again each time.
        click_nth(client, ".choices", 0, n % 5).await?;
        click_nth(client, ".choices", 1, (n + 2) % 5).await?;
        let scale = client.find_all(Locator::Css(".scale button")).await?;
        tap(client, scale.get(n % 9).ok_or("no importance buttons")?).await?;
        if n == 1 {
            check_layout(client, "a feature's screen").await?;
            if let Some(path) = picture {
                client.execute("window.scrollTo(0, 0);", vec![]).await?;
                std::fs::write(path, client.screenshot().await?)?;
            }
        }
        client.find(Locator::Css("#next")).await?.click().await?;
    }
    let thanks = wait().for_element(Locator::Css("h1")).await?;
    wait()
        .for_element(Locator::XPath("//h1[text()='Thank you!']"))
        .await
        .map_err(|_| "no thank-you screen")?;
    let _ = thanks;
    // The page is narrow enough for the smallest phones.
    client.set_window_size(320, 640).await?;
    check_layout(client, "the thank-you screen at 320 px").await?;
    Ok(())
}

async fn click_nth(
    client: &fantoccini::Client,
    group: &str,
    which: usize,
    answer: usize,
) -> Result<(), Failure> {
    let groups = client.find_all(Locator::Css(group)).await?;
    let buttons = groups
        .get(which)
        .ok_or("a question group is missing")?
        .find_all(Locator::Css("button"))
        .await?;
    tap(
        client,
        buttons.get(answer).ok_or("an answer button is missing")?,
    )
    .await
}

/// Scrolls an element to the middle of the screen (as a thumb would, clear of the bottom bar)
/// and taps it.
async fn tap(
    client: &fantoccini::Client,
    element: &fantoccini::elements::Element,
) -> Result<(), Failure> {
    client
        .execute(
            "arguments[0].scrollIntoView({block: 'center'});",
            vec![serde_json::to_value(element)?],
        )
        .await?;
    element.click().await?;
    Ok(())
}

/// Nothing wider than the screen, every button at least 44 pixels tall and wide.
async fn check_layout(client: &fantoccini::Client, screen: &str) -> Result<(), Failure> {
    let found = client
        .execute(
            "const root = document.documentElement;
             const small = [...document.querySelectorAll('button')]
               .filter(b => b.offsetParent !== null)
               .map(b => b.getBoundingClientRect())
               .filter(r => r.height < 44 || r.width < 44).length;
             return [root.scrollWidth, window.innerWidth, small];",
            vec![],
        )
        .await?;
    let numbers: Vec<i64> = serde_json::from_value(found)?;
    if numbers.len() != 3 || numbers[0] > numbers[1] || numbers[2] != 0 {
        return Err(format!(
            "{screen}: page width {} for a {}-pixel window, {} buttons under 44 pixels",
            numbers.first().unwrap_or(&-1),
            numbers.get(1).unwrap_or(&-1),
            numbers.get(2).unwrap_or(&-1)
        )
        .into());
    }
    Ok(())
}
