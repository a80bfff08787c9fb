import { runPortContract } from "../../port-contract";
import { makeFakePort } from "../fake-port";

runPortContract("officejs over the fake Excel (ExcelApi 1.18)", async (snapshot) => makeFakePort(snapshot));

// Office 2021 and 2024: no notes, threaded comments instead.
runPortContract("officejs over the fake Excel (ExcelApi 1.17, comments)", async (snapshot) =>
  makeFakePort(snapshot, { apiVersion: "1.17" }),
);
