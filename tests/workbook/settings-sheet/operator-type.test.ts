// The operator type of the settings sheet in the words staff use (issue 13, break-test #17):
// farms and first gathering points may keep 12-month periods under ISCC EU (MB-01).
import { operatorType } from "../../../src/workbook/settings-sheet";
import { fold } from "../../../src/workbook/normalise";

describe("operator type", () => {
  it.each([
    ["Erstaufnahmestelle", "first-gathering-point"],
    ["Erste Aufnahmestelle", "first-gathering-point"],
    ["Ersterfasser", "first-gathering-point"],
    ["Ersterfassung", "first-gathering-point"],
    ["First gathering point", "first-gathering-point"],
    ["FGP", "first-gathering-point"],
    ["Premier point de collecte", "first-gathering-point"],
    ["Eerste verzamelpunt", "first-gathering-point"],
    ["Primer punto de recogida", "first-gathering-point"],
    ["Farm", "farm"],
    ["Landwirtschaftlicher Betrieb", "farm"],
    ["Bauernhof", "farm"],
    ["Exploitation agricole", "farm"],
    ["Explotación agrícola", "farm"],
    ["Ölmühle", "other"],
    ["Sammelstelle", "other"],
    ["Collecting point", "other"],
    ["Trader", "other"],
    ["Point of origin", null],
    ["Rocket", null],
  ])("%s is %s", (text, want) => {
    expect(operatorType(fold(text))).toBe(want);
  });
});
