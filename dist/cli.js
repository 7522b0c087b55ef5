#!/usr/bin/env node
// archlint sources sha256:86a629eea6ad10b14bc206e6d906d72a6ec0e4a59ee72adf42519936b3f08497
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 7084:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  u_: () => (/* binding */ USAGE),
  eb: () => (/* binding */ UsageError),
  RM: () => (/* binding */ parseCommand)
});

// UNUSED EXPORTS: POLICY_LIST_FORMATS

;// CONCATENATED MODULE: external "node:util"
const external_node_util_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");
;// CONCATENATED MODULE: ./.build/src/report/formats.ts
/** The report formats, in a module of their own: the CLI's argument parser reads them without loading a renderer. */
const REPORT_FORMATS = ["text", "json", "sarif", "markdown", "junit", "gitlab"];

// EXTERNAL MODULE: ./.build/src/report/gate.ts
var gate = __nccwpck_require__(8584);
;// CONCATENATED MODULE: ./.build/src/cli/arguments.ts



const POLICY_LIST_FORMATS = ["text", "json"];
class UsageError extends Error {
}
const USAGE = `Usage:
  archlint scan [path] [--format FORMAT[=FILE]]... [--output FILE] [--config FILE]
                       [--fail-on error|warning|notice|never] [--quiet] [--no-color] [--no-helm]
  archlint policies [--format text|json] [--config FILE] [path]
  archlint explain POLICY [--format text|json] [--config FILE]   what a policy judges, why, how to fix it
  archlint test [--config FILE] [path]     run the repository's own policies on .archlint/fixtures/
  archlint --version | --help
  --debug                                  print the stack trace of an internal error

path is a folder (default: .) or one manifest. FORMAT is ${REPORT_FORMATS.join(", ")} (default: text);
repeat --format to write several reports in one run, each FORMAT=FILE to its file and at most one without a
file, to --output or standard output: --format text --format sarif=archlint.sarif --format junit=junit.xml
--quiet reports only the findings that reach --fail-on. Colour: on a terminal, unless --no-color or NO_COLOR;
FORCE_COLOR=1 forces it, FORCE_COLOR=0 turns it off.
Helm charts are rendered with \`helm template\` when helm is on PATH (no network, no plugins); --no-helm reads
them from values.yaml only.

Exit status: 0 when no finding reaches the fail-on level (default: error), 1 when one does,
2 on a usage or configuration error, 3 on an internal error.`;
function parseCommand(argv) {
    let parsed;
    try {
        parsed = parse(argv);
    }
    catch (error) {
        throw new UsageError(error.message);
    }
    const { values, positionals } = parsed;
    if (values.help)
        return { name: "help" };
    if (values.version)
        return { name: "version" };
    const [command = "scan", path = ".", ...extra] = positionals;
    if (extra.length)
        throw new UsageError(`unexpected argument "${extra[0]}"`);
    if (command === "policies")
        return { name: "policies", format: listFormat(command, values.format), config: values.config, path };
    if (command === "explain") {
        if (positionals.length < 2)
            throw new UsageError("explain needs a policy id: archlint explain <policy>");
        return { name: "explain", policy: path, format: listFormat(command, values.format), config: values.config };
    }
    if (command === "test")
        return { name: "test", config: values.config, path };
    if (command !== "scan")
        throw new UsageError(`unknown command "${command}": use scan, policies, explain or test`);
    const failOn = values["fail-on"];
    if (failOn !== undefined && !gate/* FAIL_ON_VALUES */.Qm.includes(failOn)) {
        throw new UsageError(`--fail-on must be one of ${gate/* FAIL_ON_VALUES */.Qm.join(", ")}, not "${failOn}"`);
    }
    return {
        name: "scan",
        path,
        outputs: parseOutputs(values.format ?? [], values.output),
        config: values.config,
        failOn,
        quiet: values.quiet === true,
        color: values["no-color"] !== true,
        helm: values["no-helm"] !== true,
    };
}
/** The one --format of `policies` and `explain`: text or json. */
function listFormat(command, formats) {
    const format = formats?.[0] ?? "text";
    if (formats && formats.length > 1)
        throw new UsageError(`${command} takes one --format`);
    if (!POLICY_LIST_FORMATS.includes(format)) {
        throw new UsageError(`${command} --format must be one of ${POLICY_LIST_FORMATS.join(", ")}, not "${format}"`);
    }
    return format;
}
/** `--format F` and `--format F=FILE`, each at most once per file; the one without a file goes to --output. */
function parseOutputs(formats, output) {
    const outputs = (formats.length ? formats : ["text"]).map((value) => {
        const [format = "", ...file] = value.split("=");
        if (!REPORT_FORMATS.includes(format)) {
            throw new UsageError(`--format must be one of ${REPORT_FORMATS.join(", ")}, not "${format}"`);
        }
        if (file.length && !file.join("="))
            throw new UsageError(`--format ${format}= needs a file name after "="`);
        return file.length ? { format: format, file: file.join("=") } : { format: format };
    });
    const unnamed = outputs.filter((o) => o.file === undefined);
    if (unnamed.length > 1) {
        throw new UsageError(`only one --format can go to ${output ? "--output" : "standard output"}: give the others a file (FORMAT=FILE)`);
    }
    const files = outputs.map((o) => o.file ?? output).filter((f) => f !== undefined);
    const twice = files.find((f, i) => files.indexOf(f) !== i);
    if (twice)
        throw new UsageError(`two reports would be written to ${twice}`);
    if (output && unnamed.length === 0)
        throw new UsageError("--output has no report to take: every --format names its file");
    return outputs.map((o) => (o.file === undefined && output ? { ...o, file: output } : o));
}
function parse(argv) {
    return (0,external_node_util_namespaceObject.parseArgs)({
        args: argv,
        allowPositionals: true,
        options: {
            format: { type: "string", short: "f", multiple: true },
            output: { type: "string", short: "o" },
            config: { type: "string", short: "c" },
            "fail-on": { type: "string" },
            quiet: { type: "boolean", short: "q" },
            "no-color": { type: "boolean" },
            "no-helm": { type: "boolean" },
            debug: { type: "boolean" },
            help: { type: "boolean", short: "h" },
            version: { type: "boolean", short: "v" },
        },
    });
}


/***/ }),

/***/ 3485:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6467);
/* harmony import */ var _arguments_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7084);


const argv = process.argv.slice(2);
/** --version and --help answer before the engine (parsers, ajv, policies) is loaded: the answer takes ~50 ms. */
function quickAnswer() {
    let command;
    try {
        command = (0,_arguments_js__WEBPACK_IMPORTED_MODULE_1__/* .parseCommand */ .RM)(argv);
    }
    catch {
        return undefined; // main reports the usage error
    }
    if (command.name === "version")
        return `${_version_js__WEBPACK_IMPORTED_MODULE_0__/* .TOOL */ .j.version}\n`;
    if (command.name === "help")
        return `${_arguments_js__WEBPACK_IMPORTED_MODULE_1__/* .USAGE */ .u_}\n`;
    return undefined;
}
/**
 * A reader that stops early (`archlint scan | head -1`) closes the pipe: the run ends quietly with the status it
 * already had, as Unix tools do, instead of an EPIPE stack trace.
 */
function endQuietlyOnClosedPipe(stream) {
    stream.on("error", (error) => {
        if (error.code !== "EPIPE")
            throw error;
        process.exit(process.exitCode ?? 0);
    });
}
endQuietlyOnClosedPipe(process.stdout);
endQuietlyOnClosedPipe(process.stderr);
const answer = quickAnswer();
if (answer !== undefined)
    process.stdout.write(answer);
else {
    // A separate chunk in dist/: --version never even parses the engine's code.
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(901), __nccwpck_require__.e(711)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8711));
    process.exitCode = main(argv, {
        stdout: process.stdout,
        stderr: process.stderr,
        now: () => new Date(),
        env: process.env,
    });
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 195:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qx: () => (/* binding */ DEFAULT_EVENT_BUS),
/* harmony export */   iY: () => (/* binding */ EVENT_GRID_TOPIC),
/* harmony export */   qs: () => (/* binding */ severityRank)
/* harmony export */ });
/* unused harmony export SEVERITIES */
/** The name the default EventBridge bus has on both sides of the map (a rule that names no bus is on it). */
const DEFAULT_EVENT_BUS = "default event bus";
/** An Azure function's Event Grid trigger or output binding: function.json names no topic. */
const EVENT_GRID_TOPIC = "Event Grid topic";
const SEVERITIES = ["error", "warning", "notice"];
function severityRank(severity) {
    return SEVERITIES.indexOf(severity);
}


/***/ }),

/***/ 8584:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   GB: () => (/* binding */ reachesFailLevel),
/* harmony export */   Qm: () => (/* binding */ FAIL_ON_VALUES)
/* harmony export */ });
/* unused harmony export gatedFindings */
/* harmony import */ var _model_types_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(195);

const FAIL_ON_VALUES = ["error", "warning", "notice", "never"];
/** True when a finding reaches the fail-on level (error \u2282 warning \u2282 notice; never fails nothing). */
function reachesFailLevel(findings, failOn) {
    if (failOn === "never")
        return false;
    return findings.some((f) => (0,_model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(f.severity) <= (0,_model_types_js__WEBPACK_IMPORTED_MODULE_0__/* .severityRank */ .qs)(failOn));
}
/**
 * The findings the gate judges: with `only-new`, those on lines the pull request changed; when the changed lines
 * are unknown (not a pull request, or the files API refused), all of them, so a failure to read never opens the gate.
 */
function gatedFindings(findings, onlyNew, changedLinesKnown) {
    return onlyNew && changedLinesKnown ? findings.filter((f) => f.isNew) : findings;
}


/***/ }),

/***/ 6467:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  j: () => (/* binding */ TOOL)
});

;// CONCATENATED MODULE: ./.build/package.json
const package_namespaceObject = {"rE":"0.1.0"};
;// CONCATENATED MODULE: ./.build/src/version.ts

const TOOL = { name: "archlint", version: package_namespaceObject.rE };


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(3485);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
