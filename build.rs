//! For the Windows build only: the version information (from Cargo.toml)
//! and the icon (assets/koonti.ico) compiled into koonti.exe as a resource
//! with mingw's windres (crate `winresource`).

fn main() {
    println!("cargo:rerun-if-changed=assets/koonti.ico");
    println!("cargo:rerun-if-changed=build.rs");
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() != Ok("windows") {
        return;
    }
    let mut resource = winresource::WindowsResource::new();
    resource
        .set_icon("assets/koonti.ico")
        .set(
            "FileDescription",
            "koonti - osallisuusohjelman vastausten koonti",
        )
        .set("ProductName", "koonti")
        .set("OriginalFilename", "koonti.exe")
        .set("LegalCopyright", "MIT");
    if let Err(err) = resource.compile() {
        // Without a resource compiler the exe would lack its icon and
        // version: stop, and say what to install.
        panic!(
            "koonti.exe's resource (icon, version) could not be compiled: {err}; install mingw-w64 (x86_64-w64-mingw32-windres)"
        );
    }
}
