// Starts Swagger UI (swagger-ui-bundle.js, loaded before this file) on this app's own OpenAPI document.
// A file, not an inline script: the page's Content-Security-Policy runs scripts from this app only.
"use strict";

window.ui = window.SwaggerUIBundle({
  url: "/api/openapi.yaml",
  dom_id: "#reference",
  presets: [window.SwaggerUIBundle.presets.apis],
  layout: "BaseLayout",
  deepLinking: true,
  docExpansion: "list",
  defaultModelsExpandDepth: 0,
  // Swagger UI's default sends the document to validator.swagger.io for a badge; nothing leaves this app.
  validatorUrl: null,
  // Only this app's document: no ?url= or ?configUrl= taken from the address.
  queryConfigEnabled: false,
});
