//! What every fuzz target checks once the loader has accepted some input: the project it made
//! survives a save and a load unchanged, its live tallies equal a fresh count, and its results
//! can be computed for everyone and for every segment.

use kanoscope::io::{parse_project, project_to_json};
use kanoscope::project::{Project, SegmentFilter, Tallies};

pub fn accepted(project: &Project) {
    let text = project_to_json(project);
    match parse_project(text.as_bytes()) {
        Ok(again) => assert!(again == *project, "a saved project loads back different"),
        Err(error) => panic!("a saved project does not load back: {error}\n{text}"),
    }
    let fresh = Tallies::count(project.features().len(), project.respondents());
    assert!(
        fresh.all() == project.tallies().all(),
        "tallies differ from a fresh count"
    );
    let analysis = project.analysis();
    let _ = project.results(analysis, &SegmentFilter::All);
    for segment in project.segments() {
        let _ = project.results(analysis, &SegmentFilter::Only(segment.to_owned()));
    }
}
