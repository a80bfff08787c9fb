import { Component, type ErrorInfo, type ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { type DescribeError, describeError } from "../error-text";

interface Props {
  children: ReactNode;
  describe?: DescribeError;
}

interface State {
  error: unknown;
  failed: boolean;
}

/** A rendering bug must still leave the user a message and a way back, never a blank pane. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept in the console for whoever debugs the add-in; the user sees the message below.
    console.error("The task pane failed to draw", error, info.componentStack);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const text = (this.props.describe ?? describeError)(this.state.error);
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The add-in ran into a problem</MessageBarTitle>
          {text}{" "}
          <Button size="small" onClick={() => this.setState({ error: null, failed: false })}>
            Start the pane again
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
