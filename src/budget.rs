//! What a user's template may cost while it renders. Tera cannot be asked to stop a loop,
//! so a watchdog thread measures the time each render has taken and the heap allocated
//! since it started, and ends poa (exit 65, naming the template) past either limit.
//! Built-in templates are trusted and not watched. (Output is bounded where it is written,
//! in `compose`.)

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicIsize, AtomicUsize, Ordering};
use std::sync::{Mutex, Once, PoisonError};
use std::time::{Duration, Instant};

use crate::error::Error;
use crate::i18n::errors as said;

/// How long one template may take to render.
pub const TIME_LIMIT: Duration = Duration::from_secs(4);
/// How much heap a render may add to what the process held when it started.
pub const MEMORY_LIMIT: isize = 128 << 20;
/// How often the watchdog looks.
const TICK: Duration = Duration::from_millis(2);

/// The system allocator, counting the bytes allocated less those freed while a render is
/// watched (only then, so that nothing else pays for a shared counter).
pub struct Counting;

static HELD: AtomicIsize = AtomicIsize::new(0);
static WATCHING: AtomicUsize = AtomicUsize::new(0);

fn count(bytes: usize, sign: isize) {
    if WATCHING.load(Ordering::Relaxed) > 0 {
        HELD.fetch_add(sign * bytes as isize, Ordering::Relaxed);
    }
}

// SAFETY: every call is passed on to the system allocator unchanged; only a counter is kept.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        count(layout.size(), 1);
        unsafe { System.alloc(layout) }
    }
    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        count(layout.size(), 1);
        unsafe { System.alloc_zeroed(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        count(layout.size(), -1);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        count(new_size, 1);
        count(layout.size(), -1);
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// One render under way.
struct Watch {
    id: usize,
    what: String,
    started: Instant,
    held_before: isize,
}

static WATCHES: Mutex<Vec<Watch>> = Mutex::new(Vec::new());
static NEXT_ID: AtomicUsize = AtomicUsize::new(0);

/// Runs `render` of the template named `what` under the limits.
pub fn watched<R>(what: &str, render: impl FnOnce() -> R) -> R {
    static WATCHDOG: Once = Once::new();
    WATCHDOG.call_once(|| {
        std::thread::Builder::new()
            .name("template watchdog".into())
            .spawn(watch_forever)
            .expect("a thread can be started");
    });
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    WATCHING.fetch_add(1, Ordering::SeqCst);
    watches().push(Watch {
        id,
        what: what.to_string(),
        started: Instant::now(),
        held_before: HELD.load(Ordering::Relaxed),
    });
    let result = render();
    watches().retain(|w| w.id != id);
    WATCHING.fetch_sub(1, Ordering::SeqCst);
    result
}

fn watches() -> std::sync::MutexGuard<'static, Vec<Watch>> {
    WATCHES.lock().unwrap_or_else(PoisonError::into_inner)
}

fn watch_forever() {
    loop {
        std::thread::sleep(TICK);
        let held = HELD.load(Ordering::Relaxed);
        let over = watches().iter().find_map(|w| {
            let stop = |message| Error::Template {
                template: w.what.clone(),
                message,
            };
            if w.started.elapsed() > TIME_LIMIT {
                Some(stop(said::template_too_slow(TIME_LIMIT.as_secs())))
            } else if held - w.held_before > MEMORY_LIMIT {
                Some(stop(said::template_too_big(MEMORY_LIMIT >> 20)))
            } else {
                None
            }
        });
        if let Some(error) = over {
            crate::fsio::abandon(&error);
        }
    }
}
