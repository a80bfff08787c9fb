// The ribbon's function file. The only ribbon command today opens the task pane, which Office
// does by itself (ShowTaskpane); this file exists because the manifest's FunctionFile needs it.
Office.onReady(() => {
  // Nothing to register yet: ExecuteFunction commands would be associated here.
});
