// Vite's client types: imported stylesheets and assets.
/// <reference types="vite/client" />
