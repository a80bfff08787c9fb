// The exit codes of the massbal contract (design.md); scripts and CI branch on them.
export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_UNUSABLE = 2;
