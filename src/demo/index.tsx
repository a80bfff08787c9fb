// The browser demo's entry: the real task pane on a fake Excel, no Office and no network.
import { createRoot } from "react-dom/client";
import { DemoApp } from "./demo-app";

const container = document.getElementById("demo");
if (!container) throw new Error("demo.html has no #demo element");
createRoot(container).render(<DemoApp />);
