// The peer from the field: Shoelace's <sl-button> (a Lit element); the click trial gives it the same logout.
import '@shoelace-style/shoelace/dist/components/button/button.js';
