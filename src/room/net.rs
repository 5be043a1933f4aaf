//! The computer's network addresses a room can be reached at: the facilitator picks one, and the
//! default is the one with a private LAN address (where the phones are).
//!
//! Must never: pick an address on its own that phones cannot reach when a LAN address exists.

use std::net::IpAddr;

/// One address of one network interface.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Interface {
    /// The interface's name (`wlan0`, `Ethernet`).
    pub name: String,
    /// Its address.
    pub address: IpAddr,
}

impl Interface {
    /// "wlan0 — 192.168.1.20", for a picker.
    pub fn label(&self) -> String {
        format!("{} — {}", self.name, self.address)
    }
}

/// The IPv4 addresses of this computer, the best guess for the phones first (private LAN
/// addresses, then other non-loopback ones, then loopback).
pub fn interfaces() -> Vec<Interface> {
    let mut found: Vec<Interface> = if_addrs::get_if_addrs()
        .unwrap_or_default()
        .into_iter()
        .filter(|i| i.ip().is_ipv4())
        .map(|i| Interface {
            address: i.ip(),
            name: i.name,
        })
        .collect();
    found.sort_by_key(|i| (rank(i.address), i.name.clone()));
    found
}

/// The address a room should be announced at by default, if the computer has any but loopback.
pub fn lan_address() -> Option<IpAddr> {
    interfaces()
        .into_iter()
        .map(|i| i.address)
        .find(|a| !a.is_loopback())
}

/// Lower is likelier to be where the phones are.
fn rank(address: IpAddr) -> u8 {
    match address {
        IpAddr::V4(v4) if v4.is_private() => 0,
        IpAddr::V4(v4) if v4.is_loopback() => 3,
        IpAddr::V4(v4) if v4.is_link_local() => 2,
        _ => 1,
    }
}

/// How a host is written in a URL (IPv6 in brackets).
pub fn url_host(address: IpAddr) -> String {
    match address {
        IpAddr::V4(v4) => v4.to_string(),
        IpAddr::V6(v6) => format!("[{v6}]"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn private_addresses_come_first_and_loopback_last() {
        let ip = |s: &str| s.parse::<IpAddr>().unwrap();
        assert!(rank(ip("192.168.1.20")) < rank(ip("8.8.8.8")));
        assert!(rank(ip("10.0.0.5")) < rank(ip("169.254.3.1")));
        assert!(rank(ip("169.254.3.1")) < rank(ip("127.0.0.1")));
        assert_eq!(url_host(ip("::1")), "[::1]");
        assert_eq!(url_host(ip("10.1.2.3")), "10.1.2.3");
    }

    #[test]
    fn the_list_never_offers_ipv6_and_is_sorted() {
        let list = interfaces();
        assert!(list.iter().all(|i| i.address.is_ipv4()));
        assert!(
            list.windows(2)
                .all(|w| rank(w[0].address) <= rank(w[1].address))
        );
    }
}
