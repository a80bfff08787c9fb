import { createRoot, type Root } from "react-dom/client";
import { AriaLiveAnnouncer, FluentProvider, webLightTheme } from "@fluentui/react-components";
import type { WorkbookPort } from "../workbook/port";
import { appServices } from "./app-services";
import { App } from "./components/app";
import { ErrorBoundary } from "./components/error-boundary";
import { type DescribeError, describeError } from "./error-text";
import type { PaneServices } from "./services";

export interface MountOptions {
  /** readable text for host errors (the Office host passes describeOfficeError) */
  describe?: DescribeError;
  services?: PaneServices;
}

/** Renders the task pane into `container`; the add-in, the browser demo and tests all start here. */
export function mountTaskPane(
  container: Element,
  port: WorkbookPort,
  workbookName?: string,
  options: MountOptions = {},
): Root {
  const describe = options.describe ?? describeError;
  const root = createRoot(container);
  root.render(
    <TaskPane port={port} workbookName={workbookName} describe={describe} services={options.services} />,
  );
  return root;
}

export interface TaskPaneProps {
  port: WorkbookPort;
  workbookName?: string;
  describe?: DescribeError;
  services?: PaneServices;
}

/** The whole pane: theme, error boundary and App, bound to the shared use cases by default. */
export function TaskPane({
  port,
  workbookName,
  describe = describeError,
  services = appServices,
}: TaskPaneProps) {
  return (
    <FluentProvider theme={webLightTheme}>
      {/* lets message bars speak: a failure is read out, not only shown */}
      <AriaLiveAnnouncer>
        <ErrorBoundary describe={describe}>
          <App port={port} services={services} workbookName={workbookName} describe={describe} />
        </ErrorBoundary>
      </AriaLiveAnnouncer>
    </FluentProvider>
  );
}
