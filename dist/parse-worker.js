import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 4807:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./format", "./parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isWS = exports.applyEdit = exports.setProperty = exports.removeProperty = void 0;
    const format_1 = __nccwpck_require__(6612);
    const parser_1 = __nccwpck_require__(5152);
    function removeProperty(text, path, options) {
        return setProperty(text, path, void 0, options);
    }
    exports.removeProperty = removeProperty;
    function setProperty(text, originalPath, value, options) {
        const path = originalPath.slice();
        const errors = [];
        const root = (0, parser_1.parseTree)(text, errors);
        let parent = void 0;
        let lastSegment = void 0;
        while (path.length > 0) {
            lastSegment = path.pop();
            parent = (0, parser_1.findNodeAtLocation)(root, path);
            if (parent === void 0 && value !== void 0) {
                if (typeof lastSegment === 'string') {
                    value = { [lastSegment]: value };
                }
                else {
                    value = [value];
                }
            }
            else {
                break;
            }
        }
        if (!parent) {
            // empty document
            if (value === void 0) { // delete
                throw new Error('Can not delete in empty document');
            }
            return withFormatting(text, { offset: root ? root.offset : 0, length: root ? root.length : 0, content: JSON.stringify(value) }, options);
        }
        else if (parent.type === 'object' && typeof lastSegment === 'string' && Array.isArray(parent.children)) {
            const existing = (0, parser_1.findNodeAtLocation)(parent, [lastSegment]);
            if (existing !== void 0) {
                if (value === void 0) { // delete
                    if (!existing.parent) {
                        throw new Error('Malformed AST');
                    }
                    const propertyIndex = parent.children.indexOf(existing.parent);
                    let removeBegin;
                    let removeEnd = existing.parent.offset + existing.parent.length;
                    if (propertyIndex > 0) {
                        // remove the comma of the previous node
                        let previous = parent.children[propertyIndex - 1];
                        removeBegin = previous.offset + previous.length;
                    }
                    else {
                        removeBegin = parent.offset + 1;
                        if (parent.children.length > 1) {
                            // remove the comma of the next node
                            let next = parent.children[1];
                            removeEnd = next.offset;
                        }
                    }
                    return withFormatting(text, { offset: removeBegin, length: removeEnd - removeBegin, content: '' }, options);
                }
                else {
                    // set value of existing property
                    return withFormatting(text, { offset: existing.offset, length: existing.length, content: JSON.stringify(value) }, options);
                }
            }
            else {
                if (value === void 0) { // delete
                    return []; // property does not exist, nothing to do
                }
                const newProperty = `${JSON.stringify(lastSegment)}: ${JSON.stringify(value)}`;
                const index = options.getInsertionIndex ? options.getInsertionIndex(parent.children.map(p => p.children[0].value)) : parent.children.length;
                let edit;
                if (index > 0) {
                    let previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                else if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty + ',' };
                }
                return withFormatting(text, edit, options);
            }
        }
        else if (parent.type === 'array' && typeof lastSegment === 'number' && Array.isArray(parent.children)) {
            const insertIndex = lastSegment;
            if (insertIndex === -1) {
                // Insert
                const newProperty = `${JSON.stringify(value)}`;
                let edit;
                if (parent.children.length === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: newProperty };
                }
                else {
                    const previous = parent.children[parent.children.length - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else if (value === void 0 && parent.children.length >= 0) {
                // Removal
                const removalIndex = lastSegment;
                const toRemove = parent.children[removalIndex];
                let edit;
                if (parent.children.length === 1) {
                    // only item
                    edit = { offset: parent.offset + 1, length: parent.length - 2, content: '' };
                }
                else if (parent.children.length - 1 === removalIndex) {
                    // last item
                    let previous = parent.children[removalIndex - 1];
                    let offset = previous.offset + previous.length;
                    let parentEndOffset = parent.offset + parent.length;
                    edit = { offset, length: parentEndOffset - 2 - offset, content: '' };
                }
                else {
                    edit = { offset: toRemove.offset, length: parent.children[removalIndex + 1].offset - toRemove.offset, content: '' };
                }
                return withFormatting(text, edit, options);
            }
            else if (value !== void 0) {
                let edit;
                const newProperty = `${JSON.stringify(value)}`;
                if (!options.isArrayInsertion && parent.children.length > lastSegment) {
                    const toModify = parent.children[lastSegment];
                    edit = { offset: toModify.offset, length: toModify.length, content: newProperty };
                }
                else if (parent.children.length === 0 || lastSegment === 0) {
                    edit = { offset: parent.offset + 1, length: 0, content: parent.children.length === 0 ? newProperty : newProperty + ',' };
                }
                else {
                    const index = lastSegment > parent.children.length ? parent.children.length : lastSegment;
                    const previous = parent.children[index - 1];
                    edit = { offset: previous.offset + previous.length, length: 0, content: ',' + newProperty };
                }
                return withFormatting(text, edit, options);
            }
            else {
                throw new Error(`Can not ${value === void 0 ? 'remove' : (options.isArrayInsertion ? 'insert' : 'modify')} Array index ${insertIndex} as length is not sufficient`);
            }
        }
        else {
            throw new Error(`Can not add ${typeof lastSegment !== 'number' ? 'index' : 'property'} to parent of type ${parent.type}`);
        }
    }
    exports.setProperty = setProperty;
    function withFormatting(text, edit, options) {
        if (!options.formattingOptions) {
            return [edit];
        }
        // apply the edit
        let newText = applyEdit(text, edit);
        // format the new text
        let begin = edit.offset;
        let end = edit.offset + edit.content.length;
        if (edit.length === 0 || edit.content.length === 0) { // insert or remove
            while (begin > 0 && !(0, format_1.isEOL)(newText, begin - 1)) {
                begin--;
            }
            while (end < newText.length && !(0, format_1.isEOL)(newText, end)) {
                end++;
            }
        }
        const edits = (0, format_1.format)(newText, { offset: begin, length: end - begin }, { ...options.formattingOptions, keepLines: false });
        // apply the formatting edits and track the begin and end offsets of the changes
        for (let i = edits.length - 1; i >= 0; i--) {
            const edit = edits[i];
            newText = applyEdit(newText, edit);
            begin = Math.min(begin, edit.offset);
            end = Math.max(end, edit.offset + edit.length);
            end += edit.content.length - edit.length;
        }
        // create a single edit with all changes
        const editLength = text.length - (newText.length - end) - begin;
        return [{ offset: begin, length: editLength, content: newText.substring(begin, end) }];
    }
    function applyEdit(text, edit) {
        return text.substring(0, edit.offset) + edit.content + text.substring(edit.offset + edit.length);
    }
    exports.applyEdit = applyEdit;
    function isWS(text, offset) {
        return '\r\n \t'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isWS = isWS;
});


/***/ }),

/***/ 6612:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner", "./string-intern"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.isEOL = exports.format = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    const string_intern_1 = __nccwpck_require__(4579);
    function format(documentText, range, options) {
        let initialIndentLevel;
        let formatText;
        let formatTextStart;
        let rangeStart;
        let rangeEnd;
        if (range) {
            rangeStart = range.offset;
            rangeEnd = rangeStart + range.length;
            formatTextStart = rangeStart;
            while (formatTextStart > 0 && !isEOL(documentText, formatTextStart - 1)) {
                formatTextStart--;
            }
            let endOffset = rangeEnd;
            while (endOffset < documentText.length && !isEOL(documentText, endOffset)) {
                endOffset++;
            }
            formatText = documentText.substring(formatTextStart, endOffset);
            initialIndentLevel = computeIndentLevel(formatText, options);
        }
        else {
            formatText = documentText;
            initialIndentLevel = 0;
            formatTextStart = 0;
            rangeStart = 0;
            rangeEnd = documentText.length;
        }
        const eol = getEOL(options, documentText);
        const eolFastPathSupported = string_intern_1.supportedEols.includes(eol);
        let numberLineBreaks = 0;
        let indentLevel = 0;
        let indentValue;
        if (options.insertSpaces) {
            indentValue = string_intern_1.cachedSpaces[options.tabSize || 4] ?? repeat(string_intern_1.cachedSpaces[1], options.tabSize || 4);
        }
        else {
            indentValue = '\t';
        }
        const indentType = indentValue === '\t' ? '\t' : ' ';
        let scanner = (0, scanner_1.createScanner)(formatText, false);
        let hasError = false;
        function newLinesAndIndent() {
            if (numberLineBreaks > 1) {
                return repeat(eol, numberLineBreaks) + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            const amountOfSpaces = indentValue.length * (initialIndentLevel + indentLevel);
            if (!eolFastPathSupported || amountOfSpaces > string_intern_1.cachedBreakLinesWithSpaces[indentType][eol].length) {
                return eol + repeat(indentValue, initialIndentLevel + indentLevel);
            }
            if (amountOfSpaces <= 0) {
                return eol;
            }
            return string_intern_1.cachedBreakLinesWithSpaces[indentType][eol][amountOfSpaces];
        }
        function scanNext() {
            let token = scanner.scan();
            numberLineBreaks = 0;
            while (token === 15 /* SyntaxKind.Trivia */ || token === 14 /* SyntaxKind.LineBreakTrivia */) {
                if (token === 14 /* SyntaxKind.LineBreakTrivia */ && options.keepLines) {
                    numberLineBreaks += 1;
                }
                else if (token === 14 /* SyntaxKind.LineBreakTrivia */) {
                    numberLineBreaks = 1;
                }
                token = scanner.scan();
            }
            hasError = token === 16 /* SyntaxKind.Unknown */ || scanner.getTokenError() !== 0 /* ScanError.None */;
            return token;
        }
        const editOperations = [];
        function addEdit(text, startOffset, endOffset) {
            if (!hasError && (!range || (startOffset < rangeEnd && endOffset > rangeStart)) && documentText.substring(startOffset, endOffset) !== text) {
                editOperations.push({ offset: startOffset, length: endOffset - startOffset, content: text });
            }
        }
        let firstToken = scanNext();
        if (options.keepLines && numberLineBreaks > 0) {
            addEdit(repeat(eol, numberLineBreaks), 0, 0);
        }
        if (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenStart = scanner.getTokenOffset() + formatTextStart;
            let initialIndent = (indentValue.length * initialIndentLevel < 20) && options.insertSpaces
                ? string_intern_1.cachedSpaces[indentValue.length * initialIndentLevel]
                : repeat(indentValue, initialIndentLevel);
            addEdit(initialIndent, formatTextStart, firstTokenStart);
        }
        while (firstToken !== 17 /* SyntaxKind.EOF */) {
            let firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
            let secondToken = scanNext();
            let replaceContent = '';
            let needsLineBreak = false;
            while (numberLineBreaks === 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                let commentTokenStart = scanner.getTokenOffset() + formatTextStart;
                addEdit(string_intern_1.cachedSpaces[1], firstTokenEnd, commentTokenStart);
                firstTokenEnd = scanner.getTokenOffset() + scanner.getTokenLength() + formatTextStart;
                needsLineBreak = secondToken === 12 /* SyntaxKind.LineCommentTrivia */;
                replaceContent = needsLineBreak ? newLinesAndIndent() : '';
                secondToken = scanNext();
            }
            if (secondToken === 2 /* SyntaxKind.CloseBraceToken */) {
                if (firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 1 /* SyntaxKind.OpenBraceToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else if (secondToken === 4 /* SyntaxKind.CloseBracketToken */) {
                if (firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    indentLevel--;
                }
                ;
                if (options.keepLines && numberLineBreaks > 0 || !options.keepLines && firstToken !== 3 /* SyntaxKind.OpenBracketToken */) {
                    replaceContent = newLinesAndIndent();
                }
                else if (options.keepLines) {
                    replaceContent = string_intern_1.cachedSpaces[1];
                }
            }
            else {
                switch (firstToken) {
                    case 3 /* SyntaxKind.OpenBracketToken */:
                    case 1 /* SyntaxKind.OpenBraceToken */:
                        indentLevel++;
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 5 /* SyntaxKind.CommaToken */:
                        if (options.keepLines && numberLineBreaks > 0 || !options.keepLines) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                        replaceContent = newLinesAndIndent();
                        break;
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 6 /* SyntaxKind.ColonToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (!needsLineBreak) {
                            replaceContent = string_intern_1.cachedSpaces[1];
                        }
                        break;
                    case 10 /* SyntaxKind.StringLiteral */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else if (secondToken === 6 /* SyntaxKind.ColonToken */ && !needsLineBreak) {
                            replaceContent = '';
                        }
                        break;
                    case 7 /* SyntaxKind.NullKeyword */:
                    case 8 /* SyntaxKind.TrueKeyword */:
                    case 9 /* SyntaxKind.FalseKeyword */:
                    case 11 /* SyntaxKind.NumericLiteral */:
                    case 2 /* SyntaxKind.CloseBraceToken */:
                    case 4 /* SyntaxKind.CloseBracketToken */:
                        if (options.keepLines && numberLineBreaks > 0) {
                            replaceContent = newLinesAndIndent();
                        }
                        else {
                            if ((secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */) && !needsLineBreak) {
                                replaceContent = string_intern_1.cachedSpaces[1];
                            }
                            else if (secondToken !== 5 /* SyntaxKind.CommaToken */ && secondToken !== 17 /* SyntaxKind.EOF */) {
                                hasError = true;
                            }
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        hasError = true;
                        break;
                }
                if (numberLineBreaks > 0 && (secondToken === 12 /* SyntaxKind.LineCommentTrivia */ || secondToken === 13 /* SyntaxKind.BlockCommentTrivia */)) {
                    replaceContent = newLinesAndIndent();
                }
            }
            if (secondToken === 17 /* SyntaxKind.EOF */) {
                if (options.keepLines && numberLineBreaks > 0) {
                    replaceContent = newLinesAndIndent();
                }
                else {
                    replaceContent = options.insertFinalNewline ? eol : '';
                }
            }
            const secondTokenStart = scanner.getTokenOffset() + formatTextStart;
            addEdit(replaceContent, firstTokenEnd, secondTokenStart);
            firstToken = secondToken;
        }
        return editOperations;
    }
    exports.format = format;
    function repeat(s, count) {
        let result = '';
        for (let i = 0; i < count; i++) {
            result += s;
        }
        return result;
    }
    function computeIndentLevel(content, options) {
        let i = 0;
        let nChars = 0;
        const tabSize = options.tabSize || 4;
        while (i < content.length) {
            let ch = content.charAt(i);
            if (ch === string_intern_1.cachedSpaces[1]) {
                nChars++;
            }
            else if (ch === '\t') {
                nChars += tabSize;
            }
            else {
                break;
            }
            i++;
        }
        return Math.floor(nChars / tabSize);
    }
    function getEOL(options, text) {
        for (let i = 0; i < text.length; i++) {
            const ch = text.charAt(i);
            if (ch === '\r') {
                if (i + 1 < text.length && text.charAt(i + 1) === '\n') {
                    return '\r\n';
                }
                return '\r';
            }
            else if (ch === '\n') {
                return '\n';
            }
        }
        return (options && options.eol) || '\n';
    }
    function isEOL(text, offset) {
        return '\r\n'.indexOf(text.charAt(offset)) !== -1;
    }
    exports.isEOL = isEOL;
});


/***/ }),

/***/ 5152:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./scanner"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.getNodeType = exports.stripComments = exports.visit = exports.findNodeAtOffset = exports.contains = exports.getNodeValue = exports.getNodePath = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = void 0;
    const scanner_1 = __nccwpck_require__(8525);
    var ParseOptions;
    (function (ParseOptions) {
        ParseOptions.DEFAULT = {
            allowTrailingComma: false
        };
    })(ParseOptions || (ParseOptions = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    function getLocation(text, position) {
        const segments = []; // strings or numbers
        const earlyReturnException = new Object();
        let previousNode = undefined;
        const previousNodeInst = {
            value: {},
            offset: 0,
            length: 0,
            type: 'object',
            parent: undefined
        };
        let isAtPropertyKey = false;
        function setPreviousNode(value, offset, length, type) {
            previousNodeInst.value = value;
            previousNodeInst.offset = offset;
            previousNodeInst.length = length;
            previousNodeInst.type = type;
            previousNodeInst.colonOffset = undefined;
            previousNode = previousNodeInst;
        }
        try {
            visit(text, {
                onObjectBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    isAtPropertyKey = position > offset;
                    segments.push(''); // push a placeholder (will be replaced)
                },
                onObjectProperty: (name, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(name, offset, length, 'property');
                    segments[segments.length - 1] = name;
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onObjectEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onArrayBegin: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.push(0);
                },
                onArrayEnd: (offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    previousNode = undefined;
                    segments.pop();
                },
                onLiteralValue: (value, offset, length) => {
                    if (position < offset) {
                        throw earlyReturnException;
                    }
                    setPreviousNode(value, offset, length, getNodeType(value));
                    if (position <= offset + length) {
                        throw earlyReturnException;
                    }
                },
                onSeparator: (sep, offset, length) => {
                    if (position <= offset) {
                        throw earlyReturnException;
                    }
                    if (sep === ':' && previousNode && previousNode.type === 'property') {
                        previousNode.colonOffset = offset;
                        isAtPropertyKey = false;
                        previousNode = undefined;
                    }
                    else if (sep === ',') {
                        const last = segments[segments.length - 1];
                        if (typeof last === 'number') {
                            segments[segments.length - 1] = last + 1;
                        }
                        else {
                            isAtPropertyKey = true;
                            segments[segments.length - 1] = '';
                        }
                        previousNode = undefined;
                    }
                }
            });
        }
        catch (e) {
            if (e !== earlyReturnException) {
                throw e;
            }
        }
        return {
            path: segments,
            previousNode,
            isAtPropertyKey,
            matches: (pattern) => {
                let k = 0;
                for (let i = 0; k < pattern.length && i < segments.length; i++) {
                    if (pattern[k] === segments[i] || pattern[k] === '*') {
                        k++;
                    }
                    else if (pattern[k] !== '**') {
                        return false;
                    }
                }
                return k === pattern.length;
            }
        };
    }
    exports.getLocation = getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore always check the errors list to find out if the input was valid.
     */
    function parse(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentProperty = null;
        let currentParent = [];
        const previousParents = [];
        function onValue(value) {
            if (Array.isArray(currentParent)) {
                currentParent.push(value);
            }
            else if (currentProperty !== null) {
                currentParent[currentProperty] = value;
            }
        }
        const visitor = {
            onObjectBegin: () => {
                const object = {};
                onValue(object);
                previousParents.push(currentParent);
                currentParent = object;
                currentProperty = null;
            },
            onObjectProperty: (name) => {
                currentProperty = name;
            },
            onObjectEnd: () => {
                currentParent = previousParents.pop();
            },
            onArrayBegin: () => {
                const array = [];
                onValue(array);
                previousParents.push(currentParent);
                currentParent = array;
                currentProperty = null;
            },
            onArrayEnd: () => {
                currentParent = previousParents.pop();
            },
            onLiteralValue: onValue,
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        return currentParent[0];
    }
    exports.parse = parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    function parseTree(text, errors = [], options = ParseOptions.DEFAULT) {
        let currentParent = { type: 'array', offset: -1, length: -1, children: [], parent: undefined }; // artificial root
        function ensurePropertyComplete(endOffset) {
            if (currentParent.type === 'property') {
                currentParent.length = endOffset - currentParent.offset;
                currentParent = currentParent.parent;
            }
        }
        function onValue(valueNode) {
            currentParent.children.push(valueNode);
            return valueNode;
        }
        const visitor = {
            onObjectBegin: (offset) => {
                currentParent = onValue({ type: 'object', offset, length: -1, parent: currentParent, children: [] });
            },
            onObjectProperty: (name, offset, length) => {
                currentParent = onValue({ type: 'property', offset, length: -1, parent: currentParent, children: [] });
                currentParent.children.push({ type: 'string', value: name, offset, length, parent: currentParent });
            },
            onObjectEnd: (offset, length) => {
                ensurePropertyComplete(offset + length); // in case of a missing value for a property: make sure property is complete
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onArrayBegin: (offset, length) => {
                currentParent = onValue({ type: 'array', offset, length: -1, parent: currentParent, children: [] });
            },
            onArrayEnd: (offset, length) => {
                currentParent.length = offset + length - currentParent.offset;
                currentParent = currentParent.parent;
                ensurePropertyComplete(offset + length);
            },
            onLiteralValue: (value, offset, length) => {
                onValue({ type: getNodeType(value), offset, length, parent: currentParent, value });
                ensurePropertyComplete(offset + length);
            },
            onSeparator: (sep, offset, length) => {
                if (currentParent.type === 'property') {
                    if (sep === ':') {
                        currentParent.colonOffset = offset;
                    }
                    else if (sep === ',') {
                        ensurePropertyComplete(offset);
                    }
                }
            },
            onError: (error, offset, length) => {
                errors.push({ error, offset, length });
            }
        };
        visit(text, visitor, options);
        const result = currentParent.children[0];
        if (result) {
            delete result.parent;
        }
        return result;
    }
    exports.parseTree = parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    function findNodeAtLocation(root, path) {
        if (!root) {
            return undefined;
        }
        let node = root;
        for (let segment of path) {
            if (typeof segment === 'string') {
                if (node.type !== 'object' || !Array.isArray(node.children)) {
                    return undefined;
                }
                let found = false;
                for (const propertyNode of node.children) {
                    if (Array.isArray(propertyNode.children) && propertyNode.children[0].value === segment && propertyNode.children.length === 2) {
                        node = propertyNode.children[1];
                        found = true;
                        break;
                    }
                }
                if (!found) {
                    return undefined;
                }
            }
            else {
                const index = segment;
                if (node.type !== 'array' || index < 0 || !Array.isArray(node.children) || index >= node.children.length) {
                    return undefined;
                }
                node = node.children[index];
            }
        }
        return node;
    }
    exports.findNodeAtLocation = findNodeAtLocation;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    function getNodePath(node) {
        if (!node.parent || !node.parent.children) {
            return [];
        }
        const path = getNodePath(node.parent);
        if (node.parent.type === 'property') {
            const key = node.parent.children[0].value;
            path.push(key);
        }
        else if (node.parent.type === 'array') {
            const index = node.parent.children.indexOf(node);
            if (index !== -1) {
                path.push(index);
            }
        }
        return path;
    }
    exports.getNodePath = getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    function getNodeValue(node) {
        switch (node.type) {
            case 'array':
                return node.children.map(getNodeValue);
            case 'object':
                const obj = Object.create(null);
                for (let prop of node.children) {
                    const valueNode = prop.children[1];
                    if (valueNode) {
                        obj[prop.children[0].value] = getNodeValue(valueNode);
                    }
                }
                return obj;
            case 'null':
            case 'string':
            case 'number':
            case 'boolean':
                return node.value;
            default:
                return undefined;
        }
    }
    exports.getNodeValue = getNodeValue;
    function contains(node, offset, includeRightBound = false) {
        return (offset >= node.offset && offset < (node.offset + node.length)) || includeRightBound && (offset === (node.offset + node.length));
    }
    exports.contains = contains;
    /**
     * Finds the most inner node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    function findNodeAtOffset(node, offset, includeRightBound = false) {
        if (contains(node, offset, includeRightBound)) {
            const children = node.children;
            if (Array.isArray(children)) {
                for (let i = 0; i < children.length && children[i].offset <= offset; i++) {
                    const item = findNodeAtOffset(children[i], offset, includeRightBound);
                    if (item) {
                        return item;
                    }
                }
            }
            return node;
        }
        return undefined;
    }
    exports.findNodeAtOffset = findNodeAtOffset;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    function visit(text, visitor, options = ParseOptions.DEFAULT) {
        const _scanner = (0, scanner_1.createScanner)(text, false);
        // Important: Only pass copies of this to visitor functions to prevent accidental modification, and
        // to not affect visitor functions which stored a reference to a previous JSONPath
        const _jsonPath = [];
        // Depth of onXXXBegin() callbacks suppressed. onXXXEnd() decrements this if it isn't 0 already.
        // Callbacks are only called when this value is 0.
        let suppressedCallbacks = 0;
        function toNoArgVisit(visitFunction) {
            return visitFunction ? () => suppressedCallbacks === 0 && visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisit(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter()) : () => true;
        }
        function toOneArgVisitWithPath(visitFunction) {
            return visitFunction ? (arg) => suppressedCallbacks === 0 && visitFunction(arg, _scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice()) : () => true;
        }
        function toBeginVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks++;
                    }
                    else {
                        let cbReturn = visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter(), () => _jsonPath.slice());
                        if (cbReturn === false) {
                            suppressedCallbacks = 1;
                        }
                    }
                }
                : () => true;
        }
        function toEndVisit(visitFunction) {
            return visitFunction ?
                () => {
                    if (suppressedCallbacks > 0) {
                        suppressedCallbacks--;
                    }
                    if (suppressedCallbacks === 0) {
                        visitFunction(_scanner.getTokenOffset(), _scanner.getTokenLength(), _scanner.getTokenStartLine(), _scanner.getTokenStartCharacter());
                    }
                }
                : () => true;
        }
        const onObjectBegin = toBeginVisit(visitor.onObjectBegin), onObjectProperty = toOneArgVisitWithPath(visitor.onObjectProperty), onObjectEnd = toEndVisit(visitor.onObjectEnd), onArrayBegin = toBeginVisit(visitor.onArrayBegin), onArrayEnd = toEndVisit(visitor.onArrayEnd), onLiteralValue = toOneArgVisitWithPath(visitor.onLiteralValue), onSeparator = toOneArgVisit(visitor.onSeparator), onComment = toNoArgVisit(visitor.onComment), onError = toOneArgVisit(visitor.onError);
        const disallowComments = options && options.disallowComments;
        const allowTrailingComma = options && options.allowTrailingComma;
        function scanNext() {
            while (true) {
                const token = _scanner.scan();
                switch (_scanner.getTokenError()) {
                    case 4 /* ScanError.InvalidUnicode */:
                        handleError(14 /* ParseErrorCode.InvalidUnicode */);
                        break;
                    case 5 /* ScanError.InvalidEscapeCharacter */:
                        handleError(15 /* ParseErrorCode.InvalidEscapeCharacter */);
                        break;
                    case 3 /* ScanError.UnexpectedEndOfNumber */:
                        handleError(13 /* ParseErrorCode.UnexpectedEndOfNumber */);
                        break;
                    case 1 /* ScanError.UnexpectedEndOfComment */:
                        if (!disallowComments) {
                            handleError(11 /* ParseErrorCode.UnexpectedEndOfComment */);
                        }
                        break;
                    case 2 /* ScanError.UnexpectedEndOfString */:
                        handleError(12 /* ParseErrorCode.UnexpectedEndOfString */);
                        break;
                    case 6 /* ScanError.InvalidCharacter */:
                        handleError(16 /* ParseErrorCode.InvalidCharacter */);
                        break;
                }
                switch (token) {
                    case 12 /* SyntaxKind.LineCommentTrivia */:
                    case 13 /* SyntaxKind.BlockCommentTrivia */:
                        if (disallowComments) {
                            handleError(10 /* ParseErrorCode.InvalidCommentToken */);
                        }
                        else {
                            onComment();
                        }
                        break;
                    case 16 /* SyntaxKind.Unknown */:
                        handleError(1 /* ParseErrorCode.InvalidSymbol */);
                        break;
                    case 15 /* SyntaxKind.Trivia */:
                    case 14 /* SyntaxKind.LineBreakTrivia */:
                        break;
                    default:
                        return token;
                }
            }
        }
        function handleError(error, skipUntilAfter = [], skipUntil = []) {
            onError(error);
            if (skipUntilAfter.length + skipUntil.length > 0) {
                let token = _scanner.getToken();
                while (token !== 17 /* SyntaxKind.EOF */) {
                    if (skipUntilAfter.indexOf(token) !== -1) {
                        scanNext();
                        break;
                    }
                    else if (skipUntil.indexOf(token) !== -1) {
                        break;
                    }
                    token = scanNext();
                }
            }
        }
        function parseString(isValue) {
            const value = _scanner.getTokenValue();
            if (isValue) {
                onLiteralValue(value);
            }
            else {
                onObjectProperty(value);
                // add property name afterwards
                _jsonPath.push(value);
            }
            scanNext();
            return true;
        }
        function parseLiteral() {
            switch (_scanner.getToken()) {
                case 11 /* SyntaxKind.NumericLiteral */:
                    const tokenValue = _scanner.getTokenValue();
                    let value = Number(tokenValue);
                    if (isNaN(value)) {
                        handleError(2 /* ParseErrorCode.InvalidNumberFormat */);
                        value = 0;
                    }
                    onLiteralValue(value);
                    break;
                case 7 /* SyntaxKind.NullKeyword */:
                    onLiteralValue(null);
                    break;
                case 8 /* SyntaxKind.TrueKeyword */:
                    onLiteralValue(true);
                    break;
                case 9 /* SyntaxKind.FalseKeyword */:
                    onLiteralValue(false);
                    break;
                default:
                    return false;
            }
            scanNext();
            return true;
        }
        function parseProperty() {
            if (_scanner.getToken() !== 10 /* SyntaxKind.StringLiteral */) {
                handleError(3 /* ParseErrorCode.PropertyNameExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                return false;
            }
            parseString(false);
            if (_scanner.getToken() === 6 /* SyntaxKind.ColonToken */) {
                onSeparator(':');
                scanNext(); // consume colon
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
            }
            else {
                handleError(5 /* ParseErrorCode.ColonExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
            }
            _jsonPath.pop(); // remove processed property name
            return true;
        }
        function parseObject() {
            onObjectBegin();
            scanNext(); // consume open brace
            let needsComma = false;
            while (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 2 /* SyntaxKind.CloseBraceToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (!parseProperty()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [2 /* SyntaxKind.CloseBraceToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onObjectEnd();
            if (_scanner.getToken() !== 2 /* SyntaxKind.CloseBraceToken */) {
                handleError(7 /* ParseErrorCode.CloseBraceExpected */, [2 /* SyntaxKind.CloseBraceToken */], []);
            }
            else {
                scanNext(); // consume close brace
            }
            return true;
        }
        function parseArray() {
            onArrayBegin();
            scanNext(); // consume open bracket
            let isFirstElement = true;
            let needsComma = false;
            while (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */ && _scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
                if (_scanner.getToken() === 5 /* SyntaxKind.CommaToken */) {
                    if (!needsComma) {
                        handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
                    }
                    onSeparator(',');
                    scanNext(); // consume comma
                    if (_scanner.getToken() === 4 /* SyntaxKind.CloseBracketToken */ && allowTrailingComma) {
                        break;
                    }
                }
                else if (needsComma) {
                    handleError(6 /* ParseErrorCode.CommaExpected */, [], []);
                }
                if (isFirstElement) {
                    _jsonPath.push(0);
                    isFirstElement = false;
                }
                else {
                    _jsonPath[_jsonPath.length - 1]++;
                }
                if (!parseValue()) {
                    handleError(4 /* ParseErrorCode.ValueExpected */, [], [4 /* SyntaxKind.CloseBracketToken */, 5 /* SyntaxKind.CommaToken */]);
                }
                needsComma = true;
            }
            onArrayEnd();
            if (!isFirstElement) {
                _jsonPath.pop(); // remove array index
            }
            if (_scanner.getToken() !== 4 /* SyntaxKind.CloseBracketToken */) {
                handleError(8 /* ParseErrorCode.CloseBracketExpected */, [4 /* SyntaxKind.CloseBracketToken */], []);
            }
            else {
                scanNext(); // consume close bracket
            }
            return true;
        }
        function parseValue() {
            switch (_scanner.getToken()) {
                case 3 /* SyntaxKind.OpenBracketToken */:
                    return parseArray();
                case 1 /* SyntaxKind.OpenBraceToken */:
                    return parseObject();
                case 10 /* SyntaxKind.StringLiteral */:
                    return parseString(true);
                default:
                    return parseLiteral();
            }
        }
        scanNext();
        if (_scanner.getToken() === 17 /* SyntaxKind.EOF */) {
            if (options.allowEmptyContent) {
                return true;
            }
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (!parseValue()) {
            handleError(4 /* ParseErrorCode.ValueExpected */, [], []);
            return false;
        }
        if (_scanner.getToken() !== 17 /* SyntaxKind.EOF */) {
            handleError(9 /* ParseErrorCode.EndOfFileExpected */, [], []);
        }
        return true;
    }
    exports.visit = visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    function stripComments(text, replaceCh) {
        let _scanner = (0, scanner_1.createScanner)(text), parts = [], kind, offset = 0, pos;
        do {
            pos = _scanner.getPosition();
            kind = _scanner.scan();
            switch (kind) {
                case 12 /* SyntaxKind.LineCommentTrivia */:
                case 13 /* SyntaxKind.BlockCommentTrivia */:
                case 17 /* SyntaxKind.EOF */:
                    if (offset !== pos) {
                        parts.push(text.substring(offset, pos));
                    }
                    if (replaceCh !== undefined) {
                        parts.push(_scanner.getTokenValue().replace(/[^\r\n]/g, replaceCh));
                    }
                    offset = _scanner.getPosition();
                    break;
            }
        } while (kind !== 17 /* SyntaxKind.EOF */);
        return parts.join('');
    }
    exports.stripComments = stripComments;
    function getNodeType(value) {
        switch (typeof value) {
            case 'boolean': return 'boolean';
            case 'number': return 'number';
            case 'string': return 'string';
            case 'object': {
                if (!value) {
                    return 'null';
                }
                else if (Array.isArray(value)) {
                    return 'array';
                }
                return 'object';
            }
            default: return 'null';
        }
    }
    exports.getNodeType = getNodeType;
});


/***/ }),

/***/ 8525:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.createScanner = void 0;
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    function createScanner(text, ignoreTrivia = false) {
        const len = text.length;
        let pos = 0, value = '', tokenOffset = 0, token = 16 /* SyntaxKind.Unknown */, lineNumber = 0, lineStartOffset = 0, tokenLineStartOffset = 0, prevTokenLineStartOffset = 0, scanError = 0 /* ScanError.None */;
        function scanHexDigits(count, exact) {
            let digits = 0;
            let value = 0;
            while (digits < count || !exact) {
                let ch = text.charCodeAt(pos);
                if (ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */) {
                    value = value * 16 + ch - 48 /* CharacterCodes._0 */;
                }
                else if (ch >= 65 /* CharacterCodes.A */ && ch <= 70 /* CharacterCodes.F */) {
                    value = value * 16 + ch - 65 /* CharacterCodes.A */ + 10;
                }
                else if (ch >= 97 /* CharacterCodes.a */ && ch <= 102 /* CharacterCodes.f */) {
                    value = value * 16 + ch - 97 /* CharacterCodes.a */ + 10;
                }
                else {
                    break;
                }
                pos++;
                digits++;
            }
            if (digits < count) {
                value = -1;
            }
            return value;
        }
        function setPosition(newPosition) {
            pos = newPosition;
            value = '';
            tokenOffset = 0;
            token = 16 /* SyntaxKind.Unknown */;
            scanError = 0 /* ScanError.None */;
        }
        function scanNumber() {
            let start = pos;
            if (text.charCodeAt(pos) === 48 /* CharacterCodes._0 */) {
                pos++;
            }
            else {
                pos++;
                while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                }
            }
            if (pos < text.length && text.charCodeAt(pos) === 46 /* CharacterCodes.dot */) {
                pos++;
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                    return text.substring(start, pos);
                }
            }
            let end = pos;
            if (pos < text.length && (text.charCodeAt(pos) === 69 /* CharacterCodes.E */ || text.charCodeAt(pos) === 101 /* CharacterCodes.e */)) {
                pos++;
                if (pos < text.length && text.charCodeAt(pos) === 43 /* CharacterCodes.plus */ || text.charCodeAt(pos) === 45 /* CharacterCodes.minus */) {
                    pos++;
                }
                if (pos < text.length && isDigit(text.charCodeAt(pos))) {
                    pos++;
                    while (pos < text.length && isDigit(text.charCodeAt(pos))) {
                        pos++;
                    }
                    end = pos;
                }
                else {
                    scanError = 3 /* ScanError.UnexpectedEndOfNumber */;
                }
            }
            return text.substring(start, end);
        }
        function scanString() {
            let result = '', start = pos;
            while (true) {
                if (pos >= len) {
                    result += text.substring(start, pos);
                    scanError = 2 /* ScanError.UnexpectedEndOfString */;
                    break;
                }
                const ch = text.charCodeAt(pos);
                if (ch === 34 /* CharacterCodes.doubleQuote */) {
                    result += text.substring(start, pos);
                    pos++;
                    break;
                }
                if (ch === 92 /* CharacterCodes.backslash */) {
                    result += text.substring(start, pos);
                    pos++;
                    if (pos >= len) {
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    const ch2 = text.charCodeAt(pos++);
                    switch (ch2) {
                        case 34 /* CharacterCodes.doubleQuote */:
                            result += '\"';
                            break;
                        case 92 /* CharacterCodes.backslash */:
                            result += '\\';
                            break;
                        case 47 /* CharacterCodes.slash */:
                            result += '/';
                            break;
                        case 98 /* CharacterCodes.b */:
                            result += '\b';
                            break;
                        case 102 /* CharacterCodes.f */:
                            result += '\f';
                            break;
                        case 110 /* CharacterCodes.n */:
                            result += '\n';
                            break;
                        case 114 /* CharacterCodes.r */:
                            result += '\r';
                            break;
                        case 116 /* CharacterCodes.t */:
                            result += '\t';
                            break;
                        case 117 /* CharacterCodes.u */:
                            const ch3 = scanHexDigits(4, true);
                            if (ch3 >= 0) {
                                result += String.fromCharCode(ch3);
                            }
                            else {
                                scanError = 4 /* ScanError.InvalidUnicode */;
                            }
                            break;
                        default:
                            scanError = 5 /* ScanError.InvalidEscapeCharacter */;
                    }
                    start = pos;
                    continue;
                }
                if (ch >= 0 && ch <= 0x1f) {
                    if (isLineBreak(ch)) {
                        result += text.substring(start, pos);
                        scanError = 2 /* ScanError.UnexpectedEndOfString */;
                        break;
                    }
                    else {
                        scanError = 6 /* ScanError.InvalidCharacter */;
                        // mark as error but continue with string
                    }
                }
                pos++;
            }
            return result;
        }
        function scanNext() {
            value = '';
            scanError = 0 /* ScanError.None */;
            tokenOffset = pos;
            lineStartOffset = lineNumber;
            prevTokenLineStartOffset = tokenLineStartOffset;
            if (pos >= len) {
                // at the end
                tokenOffset = len;
                return token = 17 /* SyntaxKind.EOF */;
            }
            let code = text.charCodeAt(pos);
            // trivia: whitespace
            if (isWhiteSpace(code)) {
                do {
                    pos++;
                    value += String.fromCharCode(code);
                    code = text.charCodeAt(pos);
                } while (isWhiteSpace(code));
                return token = 15 /* SyntaxKind.Trivia */;
            }
            // trivia: newlines
            if (isLineBreak(code)) {
                pos++;
                value += String.fromCharCode(code);
                if (code === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                    pos++;
                    value += '\n';
                }
                lineNumber++;
                tokenLineStartOffset = pos;
                return token = 14 /* SyntaxKind.LineBreakTrivia */;
            }
            switch (code) {
                // tokens: []{}:,
                case 123 /* CharacterCodes.openBrace */:
                    pos++;
                    return token = 1 /* SyntaxKind.OpenBraceToken */;
                case 125 /* CharacterCodes.closeBrace */:
                    pos++;
                    return token = 2 /* SyntaxKind.CloseBraceToken */;
                case 91 /* CharacterCodes.openBracket */:
                    pos++;
                    return token = 3 /* SyntaxKind.OpenBracketToken */;
                case 93 /* CharacterCodes.closeBracket */:
                    pos++;
                    return token = 4 /* SyntaxKind.CloseBracketToken */;
                case 58 /* CharacterCodes.colon */:
                    pos++;
                    return token = 6 /* SyntaxKind.ColonToken */;
                case 44 /* CharacterCodes.comma */:
                    pos++;
                    return token = 5 /* SyntaxKind.CommaToken */;
                // strings
                case 34 /* CharacterCodes.doubleQuote */:
                    pos++;
                    value = scanString();
                    return token = 10 /* SyntaxKind.StringLiteral */;
                // comments
                case 47 /* CharacterCodes.slash */:
                    const start = pos - 1;
                    // Single-line comment
                    if (text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                        pos += 2;
                        while (pos < len) {
                            if (isLineBreak(text.charCodeAt(pos))) {
                                break;
                            }
                            pos++;
                        }
                        value = text.substring(start, pos);
                        return token = 12 /* SyntaxKind.LineCommentTrivia */;
                    }
                    // Multi-line comment
                    if (text.charCodeAt(pos + 1) === 42 /* CharacterCodes.asterisk */) {
                        pos += 2;
                        const safeLength = len - 1; // For lookahead.
                        let commentClosed = false;
                        while (pos < safeLength) {
                            const ch = text.charCodeAt(pos);
                            if (ch === 42 /* CharacterCodes.asterisk */ && text.charCodeAt(pos + 1) === 47 /* CharacterCodes.slash */) {
                                pos += 2;
                                commentClosed = true;
                                break;
                            }
                            pos++;
                            if (isLineBreak(ch)) {
                                if (ch === 13 /* CharacterCodes.carriageReturn */ && text.charCodeAt(pos) === 10 /* CharacterCodes.lineFeed */) {
                                    pos++;
                                }
                                lineNumber++;
                                tokenLineStartOffset = pos;
                            }
                        }
                        if (!commentClosed) {
                            pos++;
                            scanError = 1 /* ScanError.UnexpectedEndOfComment */;
                        }
                        value = text.substring(start, pos);
                        return token = 13 /* SyntaxKind.BlockCommentTrivia */;
                    }
                    // just a single slash
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
                // numbers
                case 45 /* CharacterCodes.minus */:
                    value += String.fromCharCode(code);
                    pos++;
                    if (pos === len || !isDigit(text.charCodeAt(pos))) {
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                // found a minus, followed by a number so
                // we fall through to proceed with scanning
                // numbers
                case 48 /* CharacterCodes._0 */:
                case 49 /* CharacterCodes._1 */:
                case 50 /* CharacterCodes._2 */:
                case 51 /* CharacterCodes._3 */:
                case 52 /* CharacterCodes._4 */:
                case 53 /* CharacterCodes._5 */:
                case 54 /* CharacterCodes._6 */:
                case 55 /* CharacterCodes._7 */:
                case 56 /* CharacterCodes._8 */:
                case 57 /* CharacterCodes._9 */:
                    value += scanNumber();
                    return token = 11 /* SyntaxKind.NumericLiteral */;
                // literals and unknown symbols
                default:
                    // is a literal? Read the full word.
                    while (pos < len && isUnknownContentCharacter(code)) {
                        pos++;
                        code = text.charCodeAt(pos);
                    }
                    if (tokenOffset !== pos) {
                        value = text.substring(tokenOffset, pos);
                        // keywords: true, false, null
                        switch (value) {
                            case 'true': return token = 8 /* SyntaxKind.TrueKeyword */;
                            case 'false': return token = 9 /* SyntaxKind.FalseKeyword */;
                            case 'null': return token = 7 /* SyntaxKind.NullKeyword */;
                        }
                        return token = 16 /* SyntaxKind.Unknown */;
                    }
                    // some
                    value += String.fromCharCode(code);
                    pos++;
                    return token = 16 /* SyntaxKind.Unknown */;
            }
        }
        function isUnknownContentCharacter(code) {
            if (isWhiteSpace(code) || isLineBreak(code)) {
                return false;
            }
            switch (code) {
                case 125 /* CharacterCodes.closeBrace */:
                case 93 /* CharacterCodes.closeBracket */:
                case 123 /* CharacterCodes.openBrace */:
                case 91 /* CharacterCodes.openBracket */:
                case 34 /* CharacterCodes.doubleQuote */:
                case 58 /* CharacterCodes.colon */:
                case 44 /* CharacterCodes.comma */:
                case 47 /* CharacterCodes.slash */:
                    return false;
            }
            return true;
        }
        function scanNextNonTrivia() {
            let result;
            do {
                result = scanNext();
            } while (result >= 12 /* SyntaxKind.LineCommentTrivia */ && result <= 15 /* SyntaxKind.Trivia */);
            return result;
        }
        return {
            setPosition: setPosition,
            getPosition: () => pos,
            scan: ignoreTrivia ? scanNextNonTrivia : scanNext,
            getToken: () => token,
            getTokenValue: () => value,
            getTokenOffset: () => tokenOffset,
            getTokenLength: () => pos - tokenOffset,
            getTokenStartLine: () => lineStartOffset,
            getTokenStartCharacter: () => tokenOffset - prevTokenLineStartOffset,
            getTokenError: () => scanError,
        };
    }
    exports.createScanner = createScanner;
    function isWhiteSpace(ch) {
        return ch === 32 /* CharacterCodes.space */ || ch === 9 /* CharacterCodes.tab */;
    }
    function isLineBreak(ch) {
        return ch === 10 /* CharacterCodes.lineFeed */ || ch === 13 /* CharacterCodes.carriageReturn */;
    }
    function isDigit(ch) {
        return ch >= 48 /* CharacterCodes._0 */ && ch <= 57 /* CharacterCodes._9 */;
    }
    var CharacterCodes;
    (function (CharacterCodes) {
        CharacterCodes[CharacterCodes["lineFeed"] = 10] = "lineFeed";
        CharacterCodes[CharacterCodes["carriageReturn"] = 13] = "carriageReturn";
        CharacterCodes[CharacterCodes["space"] = 32] = "space";
        CharacterCodes[CharacterCodes["_0"] = 48] = "_0";
        CharacterCodes[CharacterCodes["_1"] = 49] = "_1";
        CharacterCodes[CharacterCodes["_2"] = 50] = "_2";
        CharacterCodes[CharacterCodes["_3"] = 51] = "_3";
        CharacterCodes[CharacterCodes["_4"] = 52] = "_4";
        CharacterCodes[CharacterCodes["_5"] = 53] = "_5";
        CharacterCodes[CharacterCodes["_6"] = 54] = "_6";
        CharacterCodes[CharacterCodes["_7"] = 55] = "_7";
        CharacterCodes[CharacterCodes["_8"] = 56] = "_8";
        CharacterCodes[CharacterCodes["_9"] = 57] = "_9";
        CharacterCodes[CharacterCodes["a"] = 97] = "a";
        CharacterCodes[CharacterCodes["b"] = 98] = "b";
        CharacterCodes[CharacterCodes["c"] = 99] = "c";
        CharacterCodes[CharacterCodes["d"] = 100] = "d";
        CharacterCodes[CharacterCodes["e"] = 101] = "e";
        CharacterCodes[CharacterCodes["f"] = 102] = "f";
        CharacterCodes[CharacterCodes["g"] = 103] = "g";
        CharacterCodes[CharacterCodes["h"] = 104] = "h";
        CharacterCodes[CharacterCodes["i"] = 105] = "i";
        CharacterCodes[CharacterCodes["j"] = 106] = "j";
        CharacterCodes[CharacterCodes["k"] = 107] = "k";
        CharacterCodes[CharacterCodes["l"] = 108] = "l";
        CharacterCodes[CharacterCodes["m"] = 109] = "m";
        CharacterCodes[CharacterCodes["n"] = 110] = "n";
        CharacterCodes[CharacterCodes["o"] = 111] = "o";
        CharacterCodes[CharacterCodes["p"] = 112] = "p";
        CharacterCodes[CharacterCodes["q"] = 113] = "q";
        CharacterCodes[CharacterCodes["r"] = 114] = "r";
        CharacterCodes[CharacterCodes["s"] = 115] = "s";
        CharacterCodes[CharacterCodes["t"] = 116] = "t";
        CharacterCodes[CharacterCodes["u"] = 117] = "u";
        CharacterCodes[CharacterCodes["v"] = 118] = "v";
        CharacterCodes[CharacterCodes["w"] = 119] = "w";
        CharacterCodes[CharacterCodes["x"] = 120] = "x";
        CharacterCodes[CharacterCodes["y"] = 121] = "y";
        CharacterCodes[CharacterCodes["z"] = 122] = "z";
        CharacterCodes[CharacterCodes["A"] = 65] = "A";
        CharacterCodes[CharacterCodes["B"] = 66] = "B";
        CharacterCodes[CharacterCodes["C"] = 67] = "C";
        CharacterCodes[CharacterCodes["D"] = 68] = "D";
        CharacterCodes[CharacterCodes["E"] = 69] = "E";
        CharacterCodes[CharacterCodes["F"] = 70] = "F";
        CharacterCodes[CharacterCodes["G"] = 71] = "G";
        CharacterCodes[CharacterCodes["H"] = 72] = "H";
        CharacterCodes[CharacterCodes["I"] = 73] = "I";
        CharacterCodes[CharacterCodes["J"] = 74] = "J";
        CharacterCodes[CharacterCodes["K"] = 75] = "K";
        CharacterCodes[CharacterCodes["L"] = 76] = "L";
        CharacterCodes[CharacterCodes["M"] = 77] = "M";
        CharacterCodes[CharacterCodes["N"] = 78] = "N";
        CharacterCodes[CharacterCodes["O"] = 79] = "O";
        CharacterCodes[CharacterCodes["P"] = 80] = "P";
        CharacterCodes[CharacterCodes["Q"] = 81] = "Q";
        CharacterCodes[CharacterCodes["R"] = 82] = "R";
        CharacterCodes[CharacterCodes["S"] = 83] = "S";
        CharacterCodes[CharacterCodes["T"] = 84] = "T";
        CharacterCodes[CharacterCodes["U"] = 85] = "U";
        CharacterCodes[CharacterCodes["V"] = 86] = "V";
        CharacterCodes[CharacterCodes["W"] = 87] = "W";
        CharacterCodes[CharacterCodes["X"] = 88] = "X";
        CharacterCodes[CharacterCodes["Y"] = 89] = "Y";
        CharacterCodes[CharacterCodes["Z"] = 90] = "Z";
        CharacterCodes[CharacterCodes["asterisk"] = 42] = "asterisk";
        CharacterCodes[CharacterCodes["backslash"] = 92] = "backslash";
        CharacterCodes[CharacterCodes["closeBrace"] = 125] = "closeBrace";
        CharacterCodes[CharacterCodes["closeBracket"] = 93] = "closeBracket";
        CharacterCodes[CharacterCodes["colon"] = 58] = "colon";
        CharacterCodes[CharacterCodes["comma"] = 44] = "comma";
        CharacterCodes[CharacterCodes["dot"] = 46] = "dot";
        CharacterCodes[CharacterCodes["doubleQuote"] = 34] = "doubleQuote";
        CharacterCodes[CharacterCodes["minus"] = 45] = "minus";
        CharacterCodes[CharacterCodes["openBrace"] = 123] = "openBrace";
        CharacterCodes[CharacterCodes["openBracket"] = 91] = "openBracket";
        CharacterCodes[CharacterCodes["plus"] = 43] = "plus";
        CharacterCodes[CharacterCodes["slash"] = 47] = "slash";
        CharacterCodes[CharacterCodes["formFeed"] = 12] = "formFeed";
        CharacterCodes[CharacterCodes["tab"] = 9] = "tab";
    })(CharacterCodes || (CharacterCodes = {}));
});


/***/ }),

/***/ 4579:
/***/ ((module, exports) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports"], factory);
    }
})(function () {
    "use strict";
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.supportedEols = exports.cachedBreakLinesWithSpaces = exports.cachedSpaces = void 0;
    exports.cachedSpaces = new Array(20).fill(0).map((_, index) => {
        return ' '.repeat(index);
    });
    const maxCachedValues = 200;
    exports.cachedBreakLinesWithSpaces = {
        ' ': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + ' '.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + ' '.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + ' '.repeat(index);
            }),
        },
        '\t': {
            '\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\n' + '\t'.repeat(index);
            }),
            '\r': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r' + '\t'.repeat(index);
            }),
            '\r\n': new Array(maxCachedValues).fill(0).map((_, index) => {
                return '\r\n' + '\t'.repeat(index);
            }),
        }
    };
    exports.supportedEols = ['\n', '\r', '\r\n'];
});


/***/ }),

/***/ 9547:
/***/ ((module, exports, __nccwpck_require__) => {

(function (factory) {
    if ( true && typeof module.exports === "object") {
        var v = factory(__WEBPACK_EXTERNAL_createRequire(import.meta.url), exports);
        if (v !== undefined) module.exports = v;
    }
    else if (typeof define === "function" && define.amd) {
        define(["require", "exports", "./impl/format", "./impl/edit", "./impl/scanner", "./impl/parser"], factory);
    }
})(function () {
    /*---------------------------------------------------------------------------------------------
     *  Copyright (c) Microsoft Corporation. All rights reserved.
     *  Licensed under the MIT License. See License.txt in the project root for license information.
     *--------------------------------------------------------------------------------------------*/
    'use strict';
    Object.defineProperty(exports, "__esModule", ({ value: true }));
    exports.applyEdits = exports.modify = exports.format = exports.printParseErrorCode = exports.ParseErrorCode = exports.stripComments = exports.visit = exports.getNodeValue = exports.getNodePath = exports.findNodeAtOffset = exports.findNodeAtLocation = exports.parseTree = exports.parse = exports.getLocation = exports.SyntaxKind = exports.ScanError = exports.createScanner = void 0;
    const formatter = __nccwpck_require__(6612);
    const edit = __nccwpck_require__(4807);
    const scanner = __nccwpck_require__(8525);
    const parser = __nccwpck_require__(5152);
    /**
     * Creates a JSON scanner on the given text.
     * If ignoreTrivia is set, whitespaces or comments are ignored.
     */
    exports.createScanner = scanner.createScanner;
    var ScanError;
    (function (ScanError) {
        ScanError[ScanError["None"] = 0] = "None";
        ScanError[ScanError["UnexpectedEndOfComment"] = 1] = "UnexpectedEndOfComment";
        ScanError[ScanError["UnexpectedEndOfString"] = 2] = "UnexpectedEndOfString";
        ScanError[ScanError["UnexpectedEndOfNumber"] = 3] = "UnexpectedEndOfNumber";
        ScanError[ScanError["InvalidUnicode"] = 4] = "InvalidUnicode";
        ScanError[ScanError["InvalidEscapeCharacter"] = 5] = "InvalidEscapeCharacter";
        ScanError[ScanError["InvalidCharacter"] = 6] = "InvalidCharacter";
    })(ScanError || (exports.ScanError = ScanError = {}));
    var SyntaxKind;
    (function (SyntaxKind) {
        SyntaxKind[SyntaxKind["OpenBraceToken"] = 1] = "OpenBraceToken";
        SyntaxKind[SyntaxKind["CloseBraceToken"] = 2] = "CloseBraceToken";
        SyntaxKind[SyntaxKind["OpenBracketToken"] = 3] = "OpenBracketToken";
        SyntaxKind[SyntaxKind["CloseBracketToken"] = 4] = "CloseBracketToken";
        SyntaxKind[SyntaxKind["CommaToken"] = 5] = "CommaToken";
        SyntaxKind[SyntaxKind["ColonToken"] = 6] = "ColonToken";
        SyntaxKind[SyntaxKind["NullKeyword"] = 7] = "NullKeyword";
        SyntaxKind[SyntaxKind["TrueKeyword"] = 8] = "TrueKeyword";
        SyntaxKind[SyntaxKind["FalseKeyword"] = 9] = "FalseKeyword";
        SyntaxKind[SyntaxKind["StringLiteral"] = 10] = "StringLiteral";
        SyntaxKind[SyntaxKind["NumericLiteral"] = 11] = "NumericLiteral";
        SyntaxKind[SyntaxKind["LineCommentTrivia"] = 12] = "LineCommentTrivia";
        SyntaxKind[SyntaxKind["BlockCommentTrivia"] = 13] = "BlockCommentTrivia";
        SyntaxKind[SyntaxKind["LineBreakTrivia"] = 14] = "LineBreakTrivia";
        SyntaxKind[SyntaxKind["Trivia"] = 15] = "Trivia";
        SyntaxKind[SyntaxKind["Unknown"] = 16] = "Unknown";
        SyntaxKind[SyntaxKind["EOF"] = 17] = "EOF";
    })(SyntaxKind || (exports.SyntaxKind = SyntaxKind = {}));
    /**
     * For a given offset, evaluate the location in the JSON document. Each segment in the location path is either a property name or an array index.
     */
    exports.getLocation = parser.getLocation;
    /**
     * Parses the given text and returns the object the JSON content represents. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     * Therefore, always check the errors list to find out if the input was valid.
     */
    exports.parse = parser.parse;
    /**
     * Parses the given text and returns a tree representation the JSON content. On invalid input, the parser tries to be as fault tolerant as possible, but still return a result.
     */
    exports.parseTree = parser.parseTree;
    /**
     * Finds the node at the given path in a JSON DOM.
     */
    exports.findNodeAtLocation = parser.findNodeAtLocation;
    /**
     * Finds the innermost node at the given offset. If includeRightBound is set, also finds nodes that end at the given offset.
     */
    exports.findNodeAtOffset = parser.findNodeAtOffset;
    /**
     * Gets the JSON path of the given JSON DOM node
     */
    exports.getNodePath = parser.getNodePath;
    /**
     * Evaluates the JavaScript object of the given JSON DOM node
     */
    exports.getNodeValue = parser.getNodeValue;
    /**
     * Parses the given text and invokes the visitor functions for each object, array and literal reached.
     */
    exports.visit = parser.visit;
    /**
     * Takes JSON with JavaScript-style comments and remove
     * them. Optionally replaces every none-newline character
     * of comments with a replaceCharacter
     */
    exports.stripComments = parser.stripComments;
    var ParseErrorCode;
    (function (ParseErrorCode) {
        ParseErrorCode[ParseErrorCode["InvalidSymbol"] = 1] = "InvalidSymbol";
        ParseErrorCode[ParseErrorCode["InvalidNumberFormat"] = 2] = "InvalidNumberFormat";
        ParseErrorCode[ParseErrorCode["PropertyNameExpected"] = 3] = "PropertyNameExpected";
        ParseErrorCode[ParseErrorCode["ValueExpected"] = 4] = "ValueExpected";
        ParseErrorCode[ParseErrorCode["ColonExpected"] = 5] = "ColonExpected";
        ParseErrorCode[ParseErrorCode["CommaExpected"] = 6] = "CommaExpected";
        ParseErrorCode[ParseErrorCode["CloseBraceExpected"] = 7] = "CloseBraceExpected";
        ParseErrorCode[ParseErrorCode["CloseBracketExpected"] = 8] = "CloseBracketExpected";
        ParseErrorCode[ParseErrorCode["EndOfFileExpected"] = 9] = "EndOfFileExpected";
        ParseErrorCode[ParseErrorCode["InvalidCommentToken"] = 10] = "InvalidCommentToken";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfComment"] = 11] = "UnexpectedEndOfComment";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfString"] = 12] = "UnexpectedEndOfString";
        ParseErrorCode[ParseErrorCode["UnexpectedEndOfNumber"] = 13] = "UnexpectedEndOfNumber";
        ParseErrorCode[ParseErrorCode["InvalidUnicode"] = 14] = "InvalidUnicode";
        ParseErrorCode[ParseErrorCode["InvalidEscapeCharacter"] = 15] = "InvalidEscapeCharacter";
        ParseErrorCode[ParseErrorCode["InvalidCharacter"] = 16] = "InvalidCharacter";
    })(ParseErrorCode || (exports.ParseErrorCode = ParseErrorCode = {}));
    function printParseErrorCode(code) {
        switch (code) {
            case 1 /* ParseErrorCode.InvalidSymbol */: return 'InvalidSymbol';
            case 2 /* ParseErrorCode.InvalidNumberFormat */: return 'InvalidNumberFormat';
            case 3 /* ParseErrorCode.PropertyNameExpected */: return 'PropertyNameExpected';
            case 4 /* ParseErrorCode.ValueExpected */: return 'ValueExpected';
            case 5 /* ParseErrorCode.ColonExpected */: return 'ColonExpected';
            case 6 /* ParseErrorCode.CommaExpected */: return 'CommaExpected';
            case 7 /* ParseErrorCode.CloseBraceExpected */: return 'CloseBraceExpected';
            case 8 /* ParseErrorCode.CloseBracketExpected */: return 'CloseBracketExpected';
            case 9 /* ParseErrorCode.EndOfFileExpected */: return 'EndOfFileExpected';
            case 10 /* ParseErrorCode.InvalidCommentToken */: return 'InvalidCommentToken';
            case 11 /* ParseErrorCode.UnexpectedEndOfComment */: return 'UnexpectedEndOfComment';
            case 12 /* ParseErrorCode.UnexpectedEndOfString */: return 'UnexpectedEndOfString';
            case 13 /* ParseErrorCode.UnexpectedEndOfNumber */: return 'UnexpectedEndOfNumber';
            case 14 /* ParseErrorCode.InvalidUnicode */: return 'InvalidUnicode';
            case 15 /* ParseErrorCode.InvalidEscapeCharacter */: return 'InvalidEscapeCharacter';
            case 16 /* ParseErrorCode.InvalidCharacter */: return 'InvalidCharacter';
        }
        return '<unknown ParseErrorCode>';
    }
    exports.printParseErrorCode = printParseErrorCode;
    /**
     * Computes the edit operations needed to format a JSON document.
     *
     * @param documentText The input text
     * @param range The range to format or `undefined` to format the full content
     * @param options The formatting options
     * @returns The edit operations describing the formatting changes to the original document following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function format(documentText, range, options) {
        return formatter.format(documentText, range, options);
    }
    exports.format = format;
    /**
     * Computes the edit operations needed to modify a value in the JSON document.
     *
     * @param documentText The input text
     * @param path The path of the value to change. The path represents either to the document root, a property or an array item.
     * If the path points to an non-existing property or item, it will be created.
     * @param value The new value for the specified property or item. If the value is undefined,
     * the property or item will be removed.
     * @param options Options
     * @returns The edit operations describing the changes to the original document, following the format described in {@linkcode EditResult}.
     * To apply the edit operations to the input, use {@linkcode applyEdits}.
     */
    function modify(text, path, value, options) {
        return edit.setProperty(text, path, value, options);
    }
    exports.modify = modify;
    /**
     * Applies edits to an input string.
     * @param text The input text
     * @param edits Edit operations following the format described in {@linkcode EditResult}.
     * @returns The text with the applied edits.
     * @throws An error if the edit operations are not well-formed as described in {@linkcode EditResult}.
     */
    function applyEdits(text, edits) {
        let sortedEdits = edits.slice(0).sort((a, b) => {
            const diff = a.offset - b.offset;
            if (diff === 0) {
                return a.length - b.length;
            }
            return diff;
        });
        let lastModifiedOffset = text.length;
        for (let i = sortedEdits.length - 1; i >= 0; i--) {
            let e = sortedEdits[i];
            if (e.offset + e.length <= lastModifiedOffset) {
                text = edit.applyEdit(text, e);
            }
            else {
                throw new Error('Overlapping edit');
            }
            lastModifiedOffset = e.offset;
        }
        return text;
    }
    exports.applyEdits = applyEdits;
});


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



__webpack_unused_export__ = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
__webpack_unused_export__ = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
__webpack_unused_export__ = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
__webpack_unused_export__ = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
__webpack_unused_export__ = lineCounter.LineCounter;
__webpack_unused_export__ = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
exports.hR = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
__webpack_unused_export__ = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


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
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
;// CONCATENATED MODULE: ./node_modules/js-yaml/dist/js-yaml.mjs
function getDefaultExportFromCjs(x) {
  return x && x.__esModule && Object.prototype.hasOwnProperty.call(x, "default") ? x["default"] : x;
}
var jsYaml = {};
var loader = {};
var common = {};
var hasRequiredCommon;
function requireCommon() {
  if (hasRequiredCommon) return common;
  hasRequiredCommon = 1;
  function isNothing(subject) {
    return typeof subject === "undefined" || subject === null;
  }
  function isObject(subject) {
    return typeof subject === "object" && subject !== null;
  }
  function toArray(sequence) {
    if (Array.isArray(sequence)) return sequence;
    else if (isNothing(sequence)) return [];
    return [sequence];
  }
  function extend(target, source) {
    if (source) {
      const sourceKeys = Object.keys(source);
      for (let index = 0, length = sourceKeys.length; index < length; index += 1) {
        const key = sourceKeys[index];
        target[key] = source[key];
      }
    }
    return target;
  }
  function repeat(string, count) {
    let result = "";
    for (let cycle = 0; cycle < count; cycle += 1) {
      result += string;
    }
    return result;
  }
  function isNegativeZero(number) {
    return number === 0 && Number.NEGATIVE_INFINITY === 1 / number;
  }
  common.isNothing = isNothing;
  common.isObject = isObject;
  common.toArray = toArray;
  common.repeat = repeat;
  common.isNegativeZero = isNegativeZero;
  common.extend = extend;
  return common;
}
var exception;
var hasRequiredException;
function requireException() {
  if (hasRequiredException) return exception;
  hasRequiredException = 1;
  function formatError(exception2, compact) {
    let where = "";
    const message = exception2.reason || "(unknown reason)";
    if (!exception2.mark) return message;
    if (exception2.mark.name) {
      where += 'in "' + exception2.mark.name + '" ';
    }
    where += "(" + (exception2.mark.line + 1) + ":" + (exception2.mark.column + 1) + ")";
    if (!compact && exception2.mark.snippet) {
      where += "\n\n" + exception2.mark.snippet;
    }
    return message + " " + where;
  }
  function YAMLException2(reason, mark) {
    Error.call(this);
    this.name = "YAMLException";
    this.reason = reason;
    this.mark = mark;
    this.message = formatError(this, false);
    if (Error.captureStackTrace) {
      Error.captureStackTrace(this, this.constructor);
    } else {
      this.stack = new Error().stack || "";
    }
  }
  YAMLException2.prototype = Object.create(Error.prototype);
  YAMLException2.prototype.constructor = YAMLException2;
  YAMLException2.prototype.toString = function toString(compact) {
    return this.name + ": " + formatError(this, compact);
  };
  exception = YAMLException2;
  return exception;
}
var snippet;
var hasRequiredSnippet;
function requireSnippet() {
  if (hasRequiredSnippet) return snippet;
  hasRequiredSnippet = 1;
  const common2 = requireCommon();
  function getLine(buffer, lineStart, lineEnd, position, maxLineLength) {
    let head = "";
    let tail = "";
    const maxHalfLength = Math.floor(maxLineLength / 2) - 1;
    if (position - lineStart > maxHalfLength) {
      head = " ... ";
      lineStart = position - maxHalfLength + head.length;
    }
    if (lineEnd - position > maxHalfLength) {
      tail = " ...";
      lineEnd = position + maxHalfLength - tail.length;
    }
    return {
      str: head + buffer.slice(lineStart, lineEnd).replace(/\t/g, "→") + tail,
      pos: position - lineStart + head.length
      // relative position
    };
  }
  function padStart(string, max) {
    return common2.repeat(" ", max - string.length) + string;
  }
  function makeSnippet(mark, options) {
    options = Object.create(options || null);
    if (!mark.buffer) return null;
    if (!options.maxLength) options.maxLength = 79;
    if (typeof options.indent !== "number") options.indent = 1;
    if (typeof options.linesBefore !== "number") options.linesBefore = 3;
    if (typeof options.linesAfter !== "number") options.linesAfter = 2;
    const re = /\r?\n|\r|\0/g;
    const lineStarts = [0];
    const lineEnds = [];
    let match;
    let foundLineNo = -1;
    while (match = re.exec(mark.buffer)) {
      lineEnds.push(match.index);
      lineStarts.push(match.index + match[0].length);
      if (mark.position <= match.index && foundLineNo < 0) {
        foundLineNo = lineStarts.length - 2;
      }
    }
    if (foundLineNo < 0) foundLineNo = lineStarts.length - 1;
    let result = "";
    const lineNoLength = Math.min(mark.line + options.linesAfter, lineEnds.length).toString().length;
    const maxLineLength = options.maxLength - (options.indent + lineNoLength + 3);
    for (let i = 1; i <= options.linesBefore; i++) {
      if (foundLineNo - i < 0) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo - i],
        lineEnds[foundLineNo - i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo - i]),
        maxLineLength
      );
      result = common2.repeat(" ", options.indent) + padStart((mark.line - i + 1).toString(), lineNoLength) + " | " + line2.str + "\n" + result;
    }
    const line = getLine(mark.buffer, lineStarts[foundLineNo], lineEnds[foundLineNo], mark.position, maxLineLength);
    result += common2.repeat(" ", options.indent) + padStart((mark.line + 1).toString(), lineNoLength) + " | " + line.str + "\n";
    result += common2.repeat("-", options.indent + lineNoLength + 3 + line.pos) + "^\n";
    for (let i = 1; i <= options.linesAfter; i++) {
      if (foundLineNo + i >= lineEnds.length) break;
      const line2 = getLine(
        mark.buffer,
        lineStarts[foundLineNo + i],
        lineEnds[foundLineNo + i],
        mark.position - (lineStarts[foundLineNo] - lineStarts[foundLineNo + i]),
        maxLineLength
      );
      result += common2.repeat(" ", options.indent) + padStart((mark.line + i + 1).toString(), lineNoLength) + " | " + line2.str + "\n";
    }
    return result.replace(/\n$/, "");
  }
  snippet = makeSnippet;
  return snippet;
}
var type;
var hasRequiredType;
function requireType() {
  if (hasRequiredType) return type;
  hasRequiredType = 1;
  const YAMLException2 = requireException();
  const TYPE_CONSTRUCTOR_OPTIONS = [
    "kind",
    "multi",
    "resolve",
    "construct",
    "instanceOf",
    "predicate",
    "represent",
    "representName",
    "defaultStyle",
    "styleAliases"
  ];
  const YAML_NODE_KINDS = [
    "scalar",
    "sequence",
    "mapping"
  ];
  function compileStyleAliases(map2) {
    const result = {};
    if (map2 !== null) {
      Object.keys(map2).forEach(function(style) {
        map2[style].forEach(function(alias) {
          result[String(alias)] = style;
        });
      });
    }
    return result;
  }
  function Type2(tag, options) {
    options = options || {};
    Object.keys(options).forEach(function(name) {
      if (TYPE_CONSTRUCTOR_OPTIONS.indexOf(name) === -1) {
        throw new YAMLException2('Unknown option "' + name + '" is met in definition of "' + tag + '" YAML type.');
      }
    });
    this.options = options;
    this.tag = tag;
    this.kind = options["kind"] || null;
    this.resolve = options["resolve"] || function() {
      return true;
    };
    this.construct = options["construct"] || function(data) {
      return data;
    };
    this.instanceOf = options["instanceOf"] || null;
    this.predicate = options["predicate"] || null;
    this.represent = options["represent"] || null;
    this.representName = options["representName"] || null;
    this.defaultStyle = options["defaultStyle"] || null;
    this.multi = options["multi"] || false;
    this.styleAliases = compileStyleAliases(options["styleAliases"] || null);
    if (YAML_NODE_KINDS.indexOf(this.kind) === -1) {
      throw new YAMLException2('Unknown kind "' + this.kind + '" is specified for "' + tag + '" YAML type.');
    }
  }
  type = Type2;
  return type;
}
var schema;
var hasRequiredSchema;
function requireSchema() {
  if (hasRequiredSchema) return schema;
  hasRequiredSchema = 1;
  const YAMLException2 = requireException();
  const Type2 = requireType();
  function compileList(schema2, name) {
    const result = [];
    schema2[name].forEach(function(currentType) {
      let newIndex = result.length;
      result.forEach(function(previousType, previousIndex) {
        if (previousType.tag === currentType.tag && previousType.kind === currentType.kind && previousType.multi === currentType.multi) {
          newIndex = previousIndex;
        }
      });
      result[newIndex] = currentType;
    });
    return result;
  }
  function compileMap() {
    const result = {
      scalar: {},
      sequence: {},
      mapping: {},
      fallback: {},
      multi: {
        scalar: [],
        sequence: [],
        mapping: [],
        fallback: []
      }
    };
    function collectType(type2) {
      if (type2.multi) {
        result.multi[type2.kind].push(type2);
        result.multi["fallback"].push(type2);
      } else {
        result[type2.kind][type2.tag] = result["fallback"][type2.tag] = type2;
      }
    }
    for (let index = 0, length = arguments.length; index < length; index += 1) {
      arguments[index].forEach(collectType);
    }
    return result;
  }
  function Schema2(definition) {
    return this.extend(definition);
  }
  Schema2.prototype.extend = function extend(definition) {
    let implicit = [];
    let explicit = [];
    if (definition instanceof Type2) {
      explicit.push(definition);
    } else if (Array.isArray(definition)) {
      explicit = explicit.concat(definition);
    } else if (definition && (Array.isArray(definition.implicit) || Array.isArray(definition.explicit))) {
      if (definition.implicit) implicit = implicit.concat(definition.implicit);
      if (definition.explicit) explicit = explicit.concat(definition.explicit);
    } else {
      throw new YAMLException2("Schema.extend argument should be a Type, [ Type ], or a schema definition ({ implicit: [...], explicit: [...] })");
    }
    implicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
      if (type2.loadKind && type2.loadKind !== "scalar") {
        throw new YAMLException2("There is a non-scalar type in the implicit list of a schema. Implicit resolving of such types is not supported.");
      }
      if (type2.multi) {
        throw new YAMLException2("There is a multi type in the implicit list of a schema. Multi tags can only be listed as explicit.");
      }
    });
    explicit.forEach(function(type2) {
      if (!(type2 instanceof Type2)) {
        throw new YAMLException2("Specified list of YAML types (or a single Type object) contains a non-Type object.");
      }
    });
    const result = Object.create(Schema2.prototype);
    result.implicit = (this.implicit || []).concat(implicit);
    result.explicit = (this.explicit || []).concat(explicit);
    result.compiledImplicit = compileList(result, "implicit");
    result.compiledExplicit = compileList(result, "explicit");
    result.compiledTypeMap = compileMap(result.compiledImplicit, result.compiledExplicit);
    return result;
  };
  schema = Schema2;
  return schema;
}
var str;
var hasRequiredStr;
function requireStr() {
  if (hasRequiredStr) return str;
  hasRequiredStr = 1;
  const Type2 = requireType();
  str = new Type2("tag:yaml.org,2002:str", {
    kind: "scalar",
    construct: function(data) {
      return data !== null ? data : "";
    }
  });
  return str;
}
var seq;
var hasRequiredSeq;
function requireSeq() {
  if (hasRequiredSeq) return seq;
  hasRequiredSeq = 1;
  const Type2 = requireType();
  seq = new Type2("tag:yaml.org,2002:seq", {
    kind: "sequence",
    construct: function(data) {
      return data !== null ? data : [];
    }
  });
  return seq;
}
var map;
var hasRequiredMap;
function requireMap() {
  if (hasRequiredMap) return map;
  hasRequiredMap = 1;
  const Type2 = requireType();
  map = new Type2("tag:yaml.org,2002:map", {
    kind: "mapping",
    construct: function(data) {
      return data !== null ? data : {};
    }
  });
  return map;
}
var failsafe;
var hasRequiredFailsafe;
function requireFailsafe() {
  if (hasRequiredFailsafe) return failsafe;
  hasRequiredFailsafe = 1;
  const Schema2 = requireSchema();
  failsafe = new Schema2({
    explicit: [
      requireStr(),
      requireSeq(),
      requireMap()
    ]
  });
  return failsafe;
}
var _null;
var hasRequired_null;
function require_null() {
  if (hasRequired_null) return _null;
  hasRequired_null = 1;
  const Type2 = requireType();
  function resolveYamlNull(data) {
    if (data === null) return true;
    const max = data.length;
    return max === 1 && data === "~" || max === 4 && (data === "null" || data === "Null" || data === "NULL");
  }
  function constructYamlNull() {
    return null;
  }
  function isNull(object) {
    return object === null;
  }
  _null = new Type2("tag:yaml.org,2002:null", {
    kind: "scalar",
    resolve: resolveYamlNull,
    construct: constructYamlNull,
    predicate: isNull,
    represent: {
      canonical: function() {
        return "~";
      },
      lowercase: function() {
        return "null";
      },
      uppercase: function() {
        return "NULL";
      },
      camelcase: function() {
        return "Null";
      },
      empty: function() {
        return "";
      }
    },
    defaultStyle: "lowercase"
  });
  return _null;
}
var bool;
var hasRequiredBool;
function requireBool() {
  if (hasRequiredBool) return bool;
  hasRequiredBool = 1;
  const Type2 = requireType();
  function resolveYamlBoolean(data) {
    if (data === null) return false;
    const max = data.length;
    return max === 4 && (data === "true" || data === "True" || data === "TRUE") || max === 5 && (data === "false" || data === "False" || data === "FALSE");
  }
  function constructYamlBoolean(data) {
    return data === "true" || data === "True" || data === "TRUE";
  }
  function isBoolean(object) {
    return Object.prototype.toString.call(object) === "[object Boolean]";
  }
  bool = new Type2("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: resolveYamlBoolean,
    construct: constructYamlBoolean,
    predicate: isBoolean,
    represent: {
      lowercase: function(object) {
        return object ? "true" : "false";
      },
      uppercase: function(object) {
        return object ? "TRUE" : "FALSE";
      },
      camelcase: function(object) {
        return object ? "True" : "False";
      }
    },
    defaultStyle: "lowercase"
  });
  return bool;
}
var js_yaml_int;
var hasRequiredInt;
function requireInt() {
  if (hasRequiredInt) return js_yaml_int;
  hasRequiredInt = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  function isHexCode(c) {
    return c >= 48 && c <= 57 || c >= 65 && c <= 70 || c >= 97 && c <= 102;
  }
  function isOctCode(c) {
    return c >= 48 && c <= 55;
  }
  function isDecCode(c) {
    return c >= 48 && c <= 57;
  }
  function resolveYamlInteger(data) {
    if (data === null) return false;
    const max = data.length;
    let index = 0;
    let hasDigits = false;
    if (!max) return false;
    let ch = data[index];
    if (ch === "-" || ch === "+") {
      ch = data[++index];
    }
    if (ch === "0") {
      if (index + 1 === max) return true;
      ch = data[++index];
      if (ch === "b") {
        index++;
        for (; index < max; index++) {
          ch = data[index];
          if (ch !== "0" && ch !== "1") return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "x") {
        index++;
        for (; index < max; index++) {
          if (!isHexCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
      if (ch === "o") {
        index++;
        for (; index < max; index++) {
          if (!isOctCode(data.charCodeAt(index))) return false;
          hasDigits = true;
        }
        return hasDigits && isFinite(parseYamlInteger(data));
      }
    }
    for (; index < max; index++) {
      if (!isDecCode(data.charCodeAt(index))) {
        return false;
      }
      hasDigits = true;
    }
    if (!hasDigits) return false;
    return isFinite(parseYamlInteger(data));
  }
  function parseYamlInteger(data) {
    let value = data;
    let sign = 1;
    let ch = value[0];
    if (ch === "-" || ch === "+") {
      if (ch === "-") sign = -1;
      value = value.slice(1);
      ch = value[0];
    }
    if (value === "0") return 0;
    if (ch === "0") {
      if (value[1] === "b") return sign * parseInt(value.slice(2), 2);
      if (value[1] === "x") return sign * parseInt(value.slice(2), 16);
      if (value[1] === "o") return sign * parseInt(value.slice(2), 8);
    }
    return sign * parseInt(value, 10);
  }
  function constructYamlInteger(data) {
    return parseYamlInteger(data);
  }
  function isInteger(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 === 0 && !common2.isNegativeZero(object));
  }
  js_yaml_int = new Type2("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: resolveYamlInteger,
    construct: constructYamlInteger,
    predicate: isInteger,
    represent: {
      binary: function(obj) {
        return obj >= 0 ? "0b" + obj.toString(2) : "-0b" + obj.toString(2).slice(1);
      },
      octal: function(obj) {
        return obj >= 0 ? "0o" + obj.toString(8) : "-0o" + obj.toString(8).slice(1);
      },
      decimal: function(obj) {
        return obj.toString(10);
      },
      hexadecimal: function(obj) {
        return obj >= 0 ? "0x" + obj.toString(16).toUpperCase() : "-0x" + obj.toString(16).toUpperCase().slice(1);
      }
    },
    defaultStyle: "decimal",
    styleAliases: {
      binary: [2, "bin"],
      octal: [8, "oct"],
      decimal: [10, "dec"],
      hexadecimal: [16, "hex"]
    }
  });
  return js_yaml_int;
}
var js_yaml_float;
var hasRequiredFloat;
function requireFloat() {
  if (hasRequiredFloat) return js_yaml_float;
  hasRequiredFloat = 1;
  const common2 = requireCommon();
  const Type2 = requireType();
  const YAML_FLOAT_PATTERN = new RegExp(
    // 2.5e4, 2.5 and integers
    "^(?:[-+]?(?:[0-9]+)(?:\\.[0-9]*)?(?:[eE][-+]?[0-9]+)?|\\.[0-9]+(?:[eE][-+]?[0-9]+)?|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  const YAML_FLOAT_SPECIAL_PATTERN = new RegExp(
    "^(?:[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN))$"
  );
  function resolveYamlFloat(data) {
    if (data === null) return false;
    if (!YAML_FLOAT_PATTERN.test(data)) {
      return false;
    }
    if (isFinite(parseFloat(data, 10))) {
      return true;
    }
    return YAML_FLOAT_SPECIAL_PATTERN.test(data);
  }
  function constructYamlFloat(data) {
    let value = data.toLowerCase();
    const sign = value[0] === "-" ? -1 : 1;
    if ("+-".indexOf(value[0]) >= 0) {
      value = value.slice(1);
    }
    if (value === ".inf") {
      return sign === 1 ? Number.POSITIVE_INFINITY : Number.NEGATIVE_INFINITY;
    } else if (value === ".nan") {
      return NaN;
    }
    return sign * parseFloat(value, 10);
  }
  const SCIENTIFIC_WITHOUT_DOT = /^[-+]?[0-9]+e/;
  function representYamlFloat(object, style) {
    if (isNaN(object)) {
      switch (style) {
        case "lowercase":
          return ".nan";
        case "uppercase":
          return ".NAN";
        case "camelcase":
          return ".NaN";
      }
    } else if (Number.POSITIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return ".inf";
        case "uppercase":
          return ".INF";
        case "camelcase":
          return ".Inf";
      }
    } else if (Number.NEGATIVE_INFINITY === object) {
      switch (style) {
        case "lowercase":
          return "-.inf";
        case "uppercase":
          return "-.INF";
        case "camelcase":
          return "-.Inf";
      }
    } else if (common2.isNegativeZero(object)) {
      return "-0.0";
    }
    const res = object.toString(10);
    return SCIENTIFIC_WITHOUT_DOT.test(res) ? res.replace("e", ".e") : res;
  }
  function isFloat(object) {
    return Object.prototype.toString.call(object) === "[object Number]" && (object % 1 !== 0 || common2.isNegativeZero(object));
  }
  js_yaml_float = new Type2("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: resolveYamlFloat,
    construct: constructYamlFloat,
    predicate: isFloat,
    represent: representYamlFloat,
    defaultStyle: "lowercase"
  });
  return js_yaml_float;
}
var json;
var hasRequiredJson;
function requireJson() {
  if (hasRequiredJson) return json;
  hasRequiredJson = 1;
  json = requireFailsafe().extend({
    implicit: [
      require_null(),
      requireBool(),
      requireInt(),
      requireFloat()
    ]
  });
  return json;
}
var core;
var hasRequiredCore;
function requireCore() {
  if (hasRequiredCore) return core;
  hasRequiredCore = 1;
  core = requireJson();
  return core;
}
var timestamp;
var hasRequiredTimestamp;
function requireTimestamp() {
  if (hasRequiredTimestamp) return timestamp;
  hasRequiredTimestamp = 1;
  const Type2 = requireType();
  const YAML_DATE_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9])-([0-9][0-9])$"
  );
  const YAML_TIMESTAMP_REGEXP = new RegExp(
    "^([0-9][0-9][0-9][0-9])-([0-9][0-9]?)-([0-9][0-9]?)(?:[Tt]|[ \\t]+)([0-9][0-9]?):([0-9][0-9]):([0-9][0-9])(?:\\.([0-9]*))?(?:[ \\t]*(Z|([-+])([0-9][0-9]?)(?::([0-9][0-9]))?))?$"
  );
  function resolveYamlTimestamp(data) {
    if (data === null) return false;
    if (YAML_DATE_REGEXP.exec(data) !== null) return true;
    if (YAML_TIMESTAMP_REGEXP.exec(data) !== null) return true;
    return false;
  }
  function constructYamlTimestamp(data) {
    let fraction = 0;
    let delta = null;
    let match = YAML_DATE_REGEXP.exec(data);
    if (match === null) match = YAML_TIMESTAMP_REGEXP.exec(data);
    if (match === null) throw new Error("Date resolve error");
    const year = +match[1];
    const month = +match[2] - 1;
    const day = +match[3];
    if (!match[4]) {
      return new Date(Date.UTC(year, month, day));
    }
    const hour = +match[4];
    const minute = +match[5];
    const second = +match[6];
    if (match[7]) {
      fraction = match[7].slice(0, 3);
      while (fraction.length < 3) {
        fraction += "0";
      }
      fraction = +fraction;
    }
    if (match[9]) {
      const tzHour = +match[10];
      const tzMinute = +(match[11] || 0);
      delta = (tzHour * 60 + tzMinute) * 6e4;
      if (match[9] === "-") delta = -delta;
    }
    const date = new Date(Date.UTC(year, month, day, hour, minute, second, fraction));
    if (delta) date.setTime(date.getTime() - delta);
    return date;
  }
  function representYamlTimestamp(object) {
    return object.toISOString();
  }
  timestamp = new Type2("tag:yaml.org,2002:timestamp", {
    kind: "scalar",
    resolve: resolveYamlTimestamp,
    construct: constructYamlTimestamp,
    instanceOf: Date,
    represent: representYamlTimestamp
  });
  return timestamp;
}
var merge;
var hasRequiredMerge;
function requireMerge() {
  if (hasRequiredMerge) return merge;
  hasRequiredMerge = 1;
  const Type2 = requireType();
  function resolveYamlMerge(data) {
    return data === "<<" || data === null;
  }
  merge = new Type2("tag:yaml.org,2002:merge", {
    kind: "scalar",
    resolve: resolveYamlMerge
  });
  return merge;
}
var binary;
var hasRequiredBinary;
function requireBinary() {
  if (hasRequiredBinary) return binary;
  hasRequiredBinary = 1;
  const Type2 = requireType();
  const BASE64_MAP = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n\r";
  function resolveYamlBinary(data) {
    if (data === null) return false;
    let bitlen = 0;
    const max = data.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      const code = map2.indexOf(data.charAt(idx));
      if (code > 64) continue;
      if (code < 0) return false;
      bitlen += 6;
    }
    return bitlen % 8 === 0;
  }
  function constructYamlBinary(data) {
    const input = data.replace(/[\r\n=]/g, "");
    const max = input.length;
    const map2 = BASE64_MAP;
    let bits = 0;
    const result = [];
    for (let idx = 0; idx < max; idx++) {
      if (idx % 4 === 0 && idx) {
        result.push(bits >> 16 & 255);
        result.push(bits >> 8 & 255);
        result.push(bits & 255);
      }
      bits = bits << 6 | map2.indexOf(input.charAt(idx));
    }
    const tailbits = max % 4 * 6;
    if (tailbits === 0) {
      result.push(bits >> 16 & 255);
      result.push(bits >> 8 & 255);
      result.push(bits & 255);
    } else if (tailbits === 18) {
      result.push(bits >> 10 & 255);
      result.push(bits >> 2 & 255);
    } else if (tailbits === 12) {
      result.push(bits >> 4 & 255);
    }
    return new Uint8Array(result);
  }
  function representYamlBinary(object) {
    let result = "";
    let bits = 0;
    const max = object.length;
    const map2 = BASE64_MAP;
    for (let idx = 0; idx < max; idx++) {
      if (idx % 3 === 0 && idx) {
        result += map2[bits >> 18 & 63];
        result += map2[bits >> 12 & 63];
        result += map2[bits >> 6 & 63];
        result += map2[bits & 63];
      }
      bits = (bits << 8) + object[idx];
    }
    const tail = max % 3;
    if (tail === 0) {
      result += map2[bits >> 18 & 63];
      result += map2[bits >> 12 & 63];
      result += map2[bits >> 6 & 63];
      result += map2[bits & 63];
    } else if (tail === 2) {
      result += map2[bits >> 10 & 63];
      result += map2[bits >> 4 & 63];
      result += map2[bits << 2 & 63];
      result += map2[64];
    } else if (tail === 1) {
      result += map2[bits >> 2 & 63];
      result += map2[bits << 4 & 63];
      result += map2[64];
      result += map2[64];
    }
    return result;
  }
  function isBinary(obj) {
    return Object.prototype.toString.call(obj) === "[object Uint8Array]";
  }
  binary = new Type2("tag:yaml.org,2002:binary", {
    kind: "scalar",
    resolve: resolveYamlBinary,
    construct: constructYamlBinary,
    predicate: isBinary,
    represent: representYamlBinary
  });
  return binary;
}
var omap;
var hasRequiredOmap;
function requireOmap() {
  if (hasRequiredOmap) return omap;
  hasRequiredOmap = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const _toString = Object.prototype.toString;
  function resolveYamlOmap(data) {
    if (data === null) return true;
    const objectKeys = {};
    const object = data;
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      let pairHasKey = false;
      if (_toString.call(pair) !== "[object Object]") return false;
      let pairKey;
      for (pairKey in pair) {
        if (_hasOwnProperty.call(pair, pairKey)) {
          if (!pairHasKey) pairHasKey = true;
          else return false;
        }
      }
      if (!pairHasKey) return false;
      if (_hasOwnProperty.call(objectKeys, pairKey)) return false;
      Object.defineProperty(objectKeys, pairKey, { value: true });
    }
    return true;
  }
  function constructYamlOmap(data) {
    return data !== null ? data : [];
  }
  omap = new Type2("tag:yaml.org,2002:omap", {
    kind: "sequence",
    resolve: resolveYamlOmap,
    construct: constructYamlOmap
  });
  return omap;
}
var pairs;
var hasRequiredPairs;
function requirePairs() {
  if (hasRequiredPairs) return pairs;
  hasRequiredPairs = 1;
  const Type2 = requireType();
  const _toString = Object.prototype.toString;
  function resolveYamlPairs(data) {
    if (data === null) return true;
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      if (_toString.call(pair) !== "[object Object]") return false;
      const keys = Object.keys(pair);
      if (keys.length !== 1) return false;
      result[index] = [keys[0], pair[keys[0]]];
    }
    return true;
  }
  function constructYamlPairs(data) {
    if (data === null) return [];
    const object = data;
    const result = new Array(object.length);
    for (let index = 0, length = object.length; index < length; index += 1) {
      const pair = object[index];
      const keys = Object.keys(pair);
      result[index] = [keys[0], pair[keys[0]]];
    }
    return result;
  }
  pairs = new Type2("tag:yaml.org,2002:pairs", {
    kind: "sequence",
    resolve: resolveYamlPairs,
    construct: constructYamlPairs
  });
  return pairs;
}
var set;
var hasRequiredSet;
function requireSet() {
  if (hasRequiredSet) return set;
  hasRequiredSet = 1;
  const Type2 = requireType();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  function resolveYamlSet(data) {
    if (data === null) return true;
    const object = data;
    for (const key in object) {
      if (_hasOwnProperty.call(object, key)) {
        if (object[key] !== null) return false;
      }
    }
    return true;
  }
  function constructYamlSet(data) {
    return data !== null ? data : {};
  }
  set = new Type2("tag:yaml.org,2002:set", {
    kind: "mapping",
    resolve: resolveYamlSet,
    construct: constructYamlSet
  });
  return set;
}
var _default;
var hasRequired_default;
function require_default() {
  if (hasRequired_default) return _default;
  hasRequired_default = 1;
  _default = requireCore().extend({
    implicit: [
      requireTimestamp(),
      requireMerge()
    ],
    explicit: [
      requireBinary(),
      requireOmap(),
      requirePairs(),
      requireSet()
    ]
  });
  return _default;
}
var hasRequiredLoader;
function requireLoader() {
  if (hasRequiredLoader) return loader;
  hasRequiredLoader = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const makeSnippet = requireSnippet();
  const DEFAULT_SCHEMA2 = require_default();
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CONTEXT_FLOW_IN = 1;
  const CONTEXT_FLOW_OUT = 2;
  const CONTEXT_BLOCK_IN = 3;
  const CONTEXT_BLOCK_OUT = 4;
  const CHOMPING_CLIP = 1;
  const CHOMPING_STRIP = 2;
  const CHOMPING_KEEP = 3;
  const PATTERN_NON_PRINTABLE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x84\x86-\x9F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?:[^\uD800-\uDBFF]|^)[\uDC00-\uDFFF]/;
  const PATTERN_NON_ASCII_LINE_BREAKS = /[\x85\u2028\u2029]/;
  const PATTERN_FLOW_INDICATORS = /[,\[\]{}]/;
  const PATTERN_TAG_HANDLE = /^(?:!|!!|![0-9A-Za-z-]+!)$/;
  const PATTERN_TAG_URI = /^(?:!|[^,\[\]{}])(?:%[0-9a-f]{2}|[0-9a-z\-#;/?:@&=+$,_.!~*'()\[\]])*$/i;
  function _class(obj) {
    return Object.prototype.toString.call(obj);
  }
  function isEol(c) {
    return c === 10 || c === 13;
  }
  function isWhiteSpace(c) {
    return c === 9 || c === 32;
  }
  function isWsOrEol(c) {
    return c === 9 || c === 32 || c === 10 || c === 13;
  }
  function isFlowIndicator(c) {
    return c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
  }
  function fromHexCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    const lc = c | 32;
    if (lc >= 97 && lc <= 102) {
      return lc - 97 + 10;
    }
    return -1;
  }
  function escapedHexLen(c) {
    if (c === 120) {
      return 2;
    }
    if (c === 117) {
      return 4;
    }
    if (c === 85) {
      return 8;
    }
    return 0;
  }
  function fromDecimalCode(c) {
    if (c >= 48 && c <= 57) {
      return c - 48;
    }
    return -1;
  }
  function simpleEscapeSequence(c) {
    switch (c) {
      case 48:
        return "\0";
      case 97:
        return "\x07";
      case 98:
        return "\b";
      case 116:
        return "	";
      case 9:
        return "	";
      case 110:
        return "\n";
      case 118:
        return "\v";
      case 102:
        return "\f";
      case 114:
        return "\r";
      case 101:
        return "\x1B";
      case 32:
        return " ";
      case 34:
        return '"';
      case 47:
        return "/";
      case 92:
        return "\\";
      case 78:
        return "";
      case 95:
        return " ";
      case 76:
        return "\u2028";
      case 80:
        return "\u2029";
      default:
        return "";
    }
  }
  function charFromCodepoint(c) {
    if (c <= 65535) {
      return String.fromCharCode(c);
    }
    return String.fromCharCode(
      (c - 65536 >> 10) + 55296,
      (c - 65536 & 1023) + 56320
    );
  }
  function setProperty(object, key, value) {
    if (key === "__proto__") {
      Object.defineProperty(object, key, {
        configurable: true,
        enumerable: true,
        writable: true,
        value
      });
    } else {
      object[key] = value;
    }
  }
  const simpleEscapeCheck = new Array(256);
  const simpleEscapeMap = new Array(256);
  for (let i = 0; i < 256; i++) {
    simpleEscapeCheck[i] = simpleEscapeSequence(i) ? 1 : 0;
    simpleEscapeMap[i] = simpleEscapeSequence(i);
  }
  function State(input, options) {
    this.input = input;
    this.filename = options["filename"] || null;
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.onWarning = options["onWarning"] || null;
    this.legacy = options["legacy"] || false;
    this.json = options["json"] || false;
    this.listener = options["listener"] || null;
    this.maxDepth = typeof options["maxDepth"] === "number" ? options["maxDepth"] : 100;
    this.maxTotalMergeKeys = typeof options["maxTotalMergeKeys"] === "number" ? options["maxTotalMergeKeys"] : 1e4;
    this.implicitTypes = this.schema.compiledImplicit;
    this.typeMap = this.schema.compiledTypeMap;
    this.length = input.length;
    this.position = 0;
    this.line = 0;
    this.lineStart = 0;
    this.lineIndent = 0;
    this.depth = 0;
    this.totalMergeKeys = 0;
    this.firstTabInLine = -1;
    this.documents = [];
    this.anchorMapTransactions = [];
  }
  function generateError(state, message) {
    const mark = {
      name: state.filename,
      buffer: state.input.slice(0, -1),
      // omit trailing \0
      position: state.position,
      line: state.line,
      column: state.position - state.lineStart
    };
    mark.snippet = makeSnippet(mark);
    return new YAMLException2(message, mark);
  }
  function throwError(state, message) {
    throw generateError(state, message);
  }
  function throwWarning(state, message) {
    if (state.onWarning) {
      state.onWarning.call(null, generateError(state, message));
    }
  }
  function storeAnchor(state, name, value) {
    const transactions = state.anchorMapTransactions;
    if (transactions.length !== 0) {
      const transaction = transactions[transactions.length - 1];
      if (!_hasOwnProperty.call(transaction, name)) {
        transaction[name] = {
          existed: _hasOwnProperty.call(state.anchorMap, name),
          value: state.anchorMap[name]
        };
      }
    }
    state.anchorMap[name] = value;
  }
  function beginAnchorTransaction(state) {
    state.anchorMapTransactions.push(/* @__PURE__ */ Object.create(null));
  }
  function commitAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const transactions = state.anchorMapTransactions;
    if (transactions.length === 0) return;
    const parent = transactions[transactions.length - 1];
    const names = Object.keys(transaction);
    for (let index = 0, length = names.length; index < length; index += 1) {
      const name = names[index];
      if (!_hasOwnProperty.call(parent, name)) {
        parent[name] = transaction[name];
      }
    }
  }
  function rollbackAnchorTransaction(state) {
    const transaction = state.anchorMapTransactions.pop();
    const names = Object.keys(transaction);
    for (let index = names.length - 1; index >= 0; index -= 1) {
      const entry = transaction[names[index]];
      if (entry.existed) {
        state.anchorMap[names[index]] = entry.value;
      } else {
        delete state.anchorMap[names[index]];
      }
    }
  }
  function snapshotState(state) {
    return {
      position: state.position,
      line: state.line,
      lineStart: state.lineStart,
      lineIndent: state.lineIndent,
      firstTabInLine: state.firstTabInLine,
      tag: state.tag,
      anchor: state.anchor,
      kind: state.kind,
      result: state.result
    };
  }
  function restoreState(state, snapshot) {
    state.position = snapshot.position;
    state.line = snapshot.line;
    state.lineStart = snapshot.lineStart;
    state.lineIndent = snapshot.lineIndent;
    state.firstTabInLine = snapshot.firstTabInLine;
    state.tag = snapshot.tag;
    state.anchor = snapshot.anchor;
    state.kind = snapshot.kind;
    state.result = snapshot.result;
  }
  const directiveHandlers = {
    YAML: function handleYamlDirective(state, name, args) {
      if (state.version !== null) {
        throwError(state, "duplication of %YAML directive");
      }
      if (args.length !== 1) {
        throwError(state, "YAML directive accepts exactly one argument");
      }
      const match = /^([0-9]+)\.([0-9]+)$/.exec(args[0]);
      if (match === null) {
        throwError(state, "ill-formed argument of the YAML directive");
      }
      const major = parseInt(match[1], 10);
      const minor = parseInt(match[2], 10);
      if (major !== 1) {
        throwError(state, "unacceptable YAML version of the document");
      }
      state.version = args[0];
      state.checkLineBreaks = minor < 2;
      if (minor !== 1 && minor !== 2) {
        throwWarning(state, "unsupported YAML version of the document");
      }
    },
    TAG: function handleTagDirective(state, name, args) {
      let prefix;
      if (args.length !== 2) {
        throwError(state, "TAG directive accepts exactly two arguments");
      }
      const handle = args[0];
      prefix = args[1];
      if (!PATTERN_TAG_HANDLE.test(handle)) {
        throwError(state, "ill-formed tag handle (first argument) of the TAG directive");
      }
      if (_hasOwnProperty.call(state.tagMap, handle)) {
        throwError(state, 'there is a previously declared suffix for "' + handle + '" tag handle');
      }
      if (!PATTERN_TAG_URI.test(prefix)) {
        throwError(state, "ill-formed tag prefix (second argument) of the TAG directive");
      }
      try {
        prefix = decodeURIComponent(prefix);
      } catch (err) {
        throwError(state, "tag prefix is malformed: " + prefix);
      }
      state.tagMap[handle] = prefix;
    }
  };
  function captureSegment(state, start, end, checkJson) {
    if (start < end) {
      const _result = state.input.slice(start, end);
      if (checkJson) {
        for (let _position = 0, _length = _result.length; _position < _length; _position += 1) {
          const _character = _result.charCodeAt(_position);
          if (!(_character === 9 || _character >= 32 && _character <= 1114111)) {
            throwError(state, "expected valid JSON character");
          }
        }
      } else if (PATTERN_NON_PRINTABLE.test(_result)) {
        throwError(state, "the stream contains non-printable characters");
      }
      state.result += _result;
    }
  }
  function chargeMergeWork(state) {
    state.totalMergeKeys++;
    if (state.maxTotalMergeKeys !== -1 && state.totalMergeKeys > state.maxTotalMergeKeys) {
      throwError(state, "merge keys exceeded maxTotalMergeKeys (" + state.maxTotalMergeKeys + ")");
    }
  }
  function mergeMappings(state, destination, source, overridableKeys) {
    if (!common2.isObject(source)) {
      throwError(state, "cannot merge mappings; the provided source object is unacceptable");
    }
    chargeMergeWork(state);
    const sourceKeys = Object.keys(source);
    for (let index = 0, quantity = sourceKeys.length; index < quantity; index += 1) {
      const key = sourceKeys[index];
      chargeMergeWork(state);
      if (!_hasOwnProperty.call(destination, key)) {
        setProperty(destination, key, source[key]);
        overridableKeys[key] = true;
      }
    }
  }
  function storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, startLine, startLineStart, startPos) {
    if (Array.isArray(keyNode)) {
      keyNode = Array.prototype.slice.call(keyNode);
      for (let index = 0, quantity = keyNode.length; index < quantity; index += 1) {
        if (Array.isArray(keyNode[index])) {
          throwError(state, "nested arrays are not supported inside keys");
        }
        if (typeof keyNode === "object" && _class(keyNode[index]) === "[object Object]") {
          keyNode[index] = "[object Object]";
        }
      }
    }
    if (typeof keyNode === "object" && _class(keyNode) === "[object Object]") {
      keyNode = "[object Object]";
    }
    keyNode = String(keyNode);
    if (_result === null) {
      _result = {};
    }
    if (keyTag === "tag:yaml.org,2002:merge") {
      if (Array.isArray(valueNode)) {
        if (valueNode.length > 100) {
          throwError(state, "abnormal merge sequence size");
        }
        for (let index = 0, quantity = valueNode.length; index < quantity; index += 1) {
          mergeMappings(state, _result, valueNode[index], overridableKeys);
        }
      } else {
        mergeMappings(state, _result, valueNode, overridableKeys);
      }
    } else {
      if (!state.json && !_hasOwnProperty.call(overridableKeys, keyNode) && _hasOwnProperty.call(_result, keyNode)) {
        state.line = startLine || state.line;
        state.lineStart = startLineStart || state.lineStart;
        state.position = startPos || state.position;
        throwError(state, "duplicated mapping key");
      }
      setProperty(_result, keyNode, valueNode);
      delete overridableKeys[keyNode];
    }
    return _result;
  }
  function readLineBreak(state) {
    const ch = state.input.charCodeAt(state.position);
    if (ch === 10) {
      state.position++;
    } else if (ch === 13) {
      state.position++;
      if (state.input.charCodeAt(state.position) === 10) {
        state.position++;
      }
    } else {
      throwError(state, "a line break is expected");
    }
    state.line += 1;
    state.lineStart = state.position;
    state.firstTabInLine = -1;
  }
  function skipSeparationSpace(state, allowComments, checkIndent) {
    let lineBreaks = 0;
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      while (isWhiteSpace(ch)) {
        if (ch === 9 && state.firstTabInLine === -1) {
          state.firstTabInLine = state.position;
        }
        ch = state.input.charCodeAt(++state.position);
      }
      if (allowComments && ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (ch !== 10 && ch !== 13 && ch !== 0);
      }
      if (isEol(ch)) {
        readLineBreak(state);
        ch = state.input.charCodeAt(state.position);
        lineBreaks++;
        state.lineIndent = 0;
        while (ch === 32) {
          state.lineIndent++;
          ch = state.input.charCodeAt(++state.position);
        }
      } else {
        break;
      }
    }
    if (checkIndent !== -1 && lineBreaks !== 0 && state.lineIndent < checkIndent) {
      throwWarning(state, "deficient indentation");
    }
    return lineBreaks;
  }
  function testDocumentSeparator(state) {
    let _position = state.position;
    let ch = state.input.charCodeAt(_position);
    if ((ch === 45 || ch === 46) && ch === state.input.charCodeAt(_position + 1) && ch === state.input.charCodeAt(_position + 2)) {
      _position += 3;
      ch = state.input.charCodeAt(_position);
      if (ch === 0 || isWsOrEol(ch)) {
        return true;
      }
    }
    return false;
  }
  function writeFoldedLines(state, count) {
    if (count === 1) {
      state.result += " ";
    } else if (count > 1) {
      state.result += common2.repeat("\n", count - 1);
    }
  }
  function readPlainScalar(state, nodeIndent, withinFlowCollection) {
    let captureStart;
    let captureEnd;
    let hasPendingContent;
    let _line;
    let _lineStart;
    let _lineIndent;
    const _kind = state.kind;
    const _result = state.result;
    let ch = state.input.charCodeAt(state.position);
    if (isWsOrEol(ch) || isFlowIndicator(ch) || ch === 35 || ch === 38 || ch === 42 || ch === 33 || ch === 124 || ch === 62 || ch === 39 || ch === 34 || ch === 37 || ch === 64 || ch === 96) {
      return false;
    }
    if (ch === 63 || ch === 45) {
      const following = state.input.charCodeAt(state.position + 1);
      if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
        return false;
      }
    }
    state.kind = "scalar";
    state.result = "";
    captureStart = captureEnd = state.position;
    hasPendingContent = false;
    while (ch !== 0) {
      if (ch === 58) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following) || withinFlowCollection && isFlowIndicator(following)) {
          break;
        }
      } else if (ch === 35) {
        const preceding = state.input.charCodeAt(state.position - 1);
        if (isWsOrEol(preceding)) {
          break;
        }
      } else if (state.position === state.lineStart && testDocumentSeparator(state) || withinFlowCollection && isFlowIndicator(ch)) {
        break;
      } else if (isEol(ch)) {
        _line = state.line;
        _lineStart = state.lineStart;
        _lineIndent = state.lineIndent;
        skipSeparationSpace(state, false, -1);
        if (state.lineIndent >= nodeIndent) {
          hasPendingContent = true;
          ch = state.input.charCodeAt(state.position);
          continue;
        } else {
          state.position = captureEnd;
          state.line = _line;
          state.lineStart = _lineStart;
          state.lineIndent = _lineIndent;
          break;
        }
      }
      if (hasPendingContent) {
        captureSegment(state, captureStart, captureEnd, false);
        writeFoldedLines(state, state.line - _line);
        captureStart = captureEnd = state.position;
        hasPendingContent = false;
      }
      if (!isWhiteSpace(ch)) {
        captureEnd = state.position + 1;
      }
      ch = state.input.charCodeAt(++state.position);
    }
    captureSegment(state, captureStart, captureEnd, false);
    if (state.result) {
      return true;
    }
    state.kind = _kind;
    state.result = _result;
    return false;
  }
  function readSingleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 39) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 39) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (ch === 39) {
          captureStart = state.position;
          state.position++;
          captureEnd = state.position;
        } else {
          return true;
        }
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a single quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a single quoted scalar");
  }
  function readDoubleQuotedScalar(state, nodeIndent) {
    let captureStart;
    let captureEnd;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 34) {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    state.position++;
    captureStart = captureEnd = state.position;
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      if (ch === 34) {
        captureSegment(state, captureStart, state.position, true);
        state.position++;
        return true;
      } else if (ch === 92) {
        captureSegment(state, captureStart, state.position, true);
        ch = state.input.charCodeAt(++state.position);
        if (isEol(ch)) {
          skipSeparationSpace(state, false, nodeIndent);
        } else if (ch < 256 && simpleEscapeCheck[ch]) {
          state.result += simpleEscapeMap[ch];
          state.position++;
        } else if ((tmp = escapedHexLen(ch)) > 0) {
          let hexLength = tmp;
          let hexResult = 0;
          for (; hexLength > 0; hexLength--) {
            ch = state.input.charCodeAt(++state.position);
            if ((tmp = fromHexCode(ch)) >= 0) {
              hexResult = (hexResult << 4) + tmp;
            } else {
              throwError(state, "expected hexadecimal character");
            }
          }
          state.result += charFromCodepoint(hexResult);
          state.position++;
        } else {
          throwError(state, "unknown escape sequence");
        }
        captureStart = captureEnd = state.position;
      } else if (isEol(ch)) {
        captureSegment(state, captureStart, captureEnd, true);
        writeFoldedLines(state, skipSeparationSpace(state, false, nodeIndent));
        captureStart = captureEnd = state.position;
      } else if (state.position === state.lineStart && testDocumentSeparator(state)) {
        throwError(state, "unexpected end of the document within a double quoted scalar");
      } else {
        state.position++;
        if (!isWhiteSpace(ch)) {
          captureEnd = state.position;
        }
      }
    }
    throwError(state, "unexpected end of the stream within a double quoted scalar");
  }
  function readFlowCollection(state, nodeIndent) {
    let readNext = true;
    let _line;
    let _lineStart;
    let _pos;
    const _tag = state.tag;
    let _result;
    const _anchor = state.anchor;
    let terminator;
    let isPair;
    let isExplicitPair;
    let isMapping;
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyNode;
    let keyTag;
    let valueNode;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 91) {
      terminator = 93;
      isMapping = false;
      _result = [];
    } else if (ch === 123) {
      terminator = 125;
      isMapping = true;
      _result = {};
    } else {
      return false;
    }
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    ch = state.input.charCodeAt(++state.position);
    while (ch !== 0) {
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === terminator) {
        state.position++;
        state.tag = _tag;
        state.anchor = _anchor;
        state.kind = isMapping ? "mapping" : "sequence";
        state.result = _result;
        return true;
      } else if (!readNext) {
        throwError(state, "missed comma between flow collection entries");
      } else if (ch === 44) {
        throwError(state, "expected the node content, but found ','");
      }
      keyTag = keyNode = valueNode = null;
      isPair = isExplicitPair = false;
      if (ch === 63) {
        const following = state.input.charCodeAt(state.position + 1);
        if (isWsOrEol(following)) {
          isPair = isExplicitPair = true;
          state.position++;
          skipSeparationSpace(state, true, nodeIndent);
        }
      }
      _line = state.line;
      _lineStart = state.lineStart;
      _pos = state.position;
      composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
      keyTag = state.tag;
      keyNode = state.result;
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if ((isExplicitPair || state.line === _line) && ch === 58) {
        isPair = true;
        ch = state.input.charCodeAt(++state.position);
        skipSeparationSpace(state, true, nodeIndent);
        composeNode(state, nodeIndent, CONTEXT_FLOW_IN, false, true);
        valueNode = state.result;
      }
      if (isMapping) {
        storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos);
      } else if (isPair) {
        _result.push(storeMappingPair(state, null, overridableKeys, keyTag, keyNode, valueNode, _line, _lineStart, _pos));
      } else {
        _result.push(keyNode);
      }
      skipSeparationSpace(state, true, nodeIndent);
      ch = state.input.charCodeAt(state.position);
      if (ch === 44) {
        readNext = true;
        ch = state.input.charCodeAt(++state.position);
      } else {
        readNext = false;
      }
    }
    throwError(state, "unexpected end of the stream within a flow collection");
  }
  function readBlockScalar(state, nodeIndent) {
    let folding;
    let chomping = CHOMPING_CLIP;
    let didReadContent = false;
    let detectedIndent = false;
    let textIndent = nodeIndent;
    let emptyLines = 0;
    let atMoreIndented = false;
    let tmp;
    let ch = state.input.charCodeAt(state.position);
    if (ch === 124) {
      folding = false;
    } else if (ch === 62) {
      folding = true;
    } else {
      return false;
    }
    state.kind = "scalar";
    state.result = "";
    while (ch !== 0) {
      ch = state.input.charCodeAt(++state.position);
      if (ch === 43 || ch === 45) {
        if (CHOMPING_CLIP === chomping) {
          chomping = ch === 43 ? CHOMPING_KEEP : CHOMPING_STRIP;
        } else {
          throwError(state, "repeat of a chomping mode identifier");
        }
      } else if ((tmp = fromDecimalCode(ch)) >= 0) {
        if (tmp === 0) {
          throwError(state, "bad explicit indentation width of a block scalar; it cannot be less than one");
        } else if (!detectedIndent) {
          textIndent = nodeIndent + tmp - 1;
          detectedIndent = true;
        } else {
          throwError(state, "repeat of an indentation width identifier");
        }
      } else {
        break;
      }
    }
    if (isWhiteSpace(ch)) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (isWhiteSpace(ch));
      if (ch === 35) {
        do {
          ch = state.input.charCodeAt(++state.position);
        } while (!isEol(ch) && ch !== 0);
      }
    }
    while (ch !== 0) {
      readLineBreak(state);
      state.lineIndent = 0;
      ch = state.input.charCodeAt(state.position);
      while ((!detectedIndent || state.lineIndent < textIndent) && ch === 32) {
        state.lineIndent++;
        ch = state.input.charCodeAt(++state.position);
      }
      if (!detectedIndent && state.lineIndent > textIndent) {
        textIndent = state.lineIndent;
      }
      if (isEol(ch)) {
        emptyLines++;
        continue;
      }
      if (!detectedIndent && textIndent === 0) {
        throwError(state, "missing indentation for block scalar");
      }
      if (state.lineIndent < textIndent) {
        if (chomping === CHOMPING_KEEP) {
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (chomping === CHOMPING_CLIP) {
          if (didReadContent) {
            state.result += "\n";
          }
        }
        break;
      }
      if (folding) {
        if (isWhiteSpace(ch)) {
          atMoreIndented = true;
          state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
        } else if (atMoreIndented) {
          atMoreIndented = false;
          state.result += common2.repeat("\n", emptyLines + 1);
        } else if (emptyLines === 0) {
          if (didReadContent) {
            state.result += " ";
          }
        } else {
          state.result += common2.repeat("\n", emptyLines);
        }
      } else {
        state.result += common2.repeat("\n", didReadContent ? 1 + emptyLines : emptyLines);
      }
      didReadContent = true;
      detectedIndent = true;
      emptyLines = 0;
      const captureStart = state.position;
      while (!isEol(ch) && ch !== 0) {
        ch = state.input.charCodeAt(++state.position);
      }
      captureSegment(state, captureStart, state.position, false);
    }
    return true;
  }
  function readBlockSequence(state, nodeIndent) {
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = [];
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      if (ch !== 45) {
        break;
      }
      const following = state.input.charCodeAt(state.position + 1);
      if (!isWsOrEol(following)) {
        break;
      }
      detected = true;
      state.position++;
      if (skipSeparationSpace(state, true, -1)) {
        if (state.lineIndent <= nodeIndent) {
          _result.push(null);
          ch = state.input.charCodeAt(state.position);
          continue;
        }
      }
      const _line = state.line;
      composeNode(state, nodeIndent, CONTEXT_BLOCK_IN, false, true);
      _result.push(state.result);
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a sequence entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "sequence";
      state.result = _result;
      return true;
    }
    return false;
  }
  function readBlockMapping(state, nodeIndent, flowIndent) {
    let allowCompact;
    let _keyLine;
    let _keyLineStart;
    let _keyPos;
    const _tag = state.tag;
    const _anchor = state.anchor;
    const _result = {};
    const overridableKeys = /* @__PURE__ */ Object.create(null);
    let keyTag = null;
    let keyNode = null;
    let valueNode = null;
    let atExplicitKey = false;
    let detected = false;
    if (state.firstTabInLine !== -1) return false;
    if (state.anchor !== null) {
      storeAnchor(state, state.anchor, _result);
    }
    let ch = state.input.charCodeAt(state.position);
    while (ch !== 0) {
      if (!atExplicitKey && state.firstTabInLine !== -1) {
        state.position = state.firstTabInLine;
        throwError(state, "tab characters must not be used in indentation");
      }
      const following = state.input.charCodeAt(state.position + 1);
      const _line = state.line;
      if ((ch === 63 || ch === 58) && isWsOrEol(following)) {
        if (ch === 63) {
          if (atExplicitKey) {
            storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
            keyTag = keyNode = valueNode = null;
          }
          detected = true;
          atExplicitKey = true;
          allowCompact = true;
        } else if (atExplicitKey) {
          atExplicitKey = false;
          allowCompact = true;
        } else {
          throwError(state, "incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line");
        }
        state.position += 1;
        ch = following;
      } else {
        _keyLine = state.line;
        _keyLineStart = state.lineStart;
        _keyPos = state.position;
        if (!composeNode(state, flowIndent, CONTEXT_FLOW_OUT, false, true)) {
          break;
        }
        if (state.line === _line) {
          ch = state.input.charCodeAt(state.position);
          while (isWhiteSpace(ch)) {
            ch = state.input.charCodeAt(++state.position);
          }
          if (ch === 58) {
            ch = state.input.charCodeAt(++state.position);
            if (!isWsOrEol(ch)) {
              throwError(state, "a whitespace character is expected after the key-value separator within a block mapping");
            }
            if (atExplicitKey) {
              storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
              keyTag = keyNode = valueNode = null;
            }
            detected = true;
            atExplicitKey = false;
            allowCompact = false;
            keyTag = state.tag;
            keyNode = state.result;
          } else if (detected) {
            throwError(state, "can not read an implicit mapping pair; a colon is missed");
          } else {
            state.tag = _tag;
            state.anchor = _anchor;
            return true;
          }
        } else if (detected) {
          throwError(state, "can not read a block mapping entry; a multiline key may not be an implicit key");
        } else {
          state.tag = _tag;
          state.anchor = _anchor;
          return true;
        }
      }
      if (state.line === _line || state.lineIndent > nodeIndent) {
        if (atExplicitKey) {
          _keyLine = state.line;
          _keyLineStart = state.lineStart;
          _keyPos = state.position;
        }
        if (composeNode(state, nodeIndent, CONTEXT_BLOCK_OUT, true, allowCompact)) {
          if (atExplicitKey) {
            keyNode = state.result;
          } else {
            valueNode = state.result;
          }
        }
        if (!atExplicitKey) {
          storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, valueNode, _keyLine, _keyLineStart, _keyPos);
          keyTag = keyNode = valueNode = null;
        }
        skipSeparationSpace(state, true, -1);
        ch = state.input.charCodeAt(state.position);
      }
      if ((state.line === _line || state.lineIndent > nodeIndent) && ch !== 0) {
        throwError(state, "bad indentation of a mapping entry");
      } else if (state.lineIndent < nodeIndent) {
        break;
      }
    }
    if (atExplicitKey) {
      storeMappingPair(state, _result, overridableKeys, keyTag, keyNode, null, _keyLine, _keyLineStart, _keyPos);
    }
    if (detected) {
      state.tag = _tag;
      state.anchor = _anchor;
      state.kind = "mapping";
      state.result = _result;
    }
    return detected;
  }
  function readTagProperty(state) {
    let isVerbatim = false;
    let isNamed = false;
    let tagHandle;
    let tagName;
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 33) return false;
    if (state.tag !== null) {
      throwError(state, "duplication of a tag property");
    }
    ch = state.input.charCodeAt(++state.position);
    if (ch === 60) {
      isVerbatim = true;
      ch = state.input.charCodeAt(++state.position);
    } else if (ch === 33) {
      isNamed = true;
      tagHandle = "!!";
      ch = state.input.charCodeAt(++state.position);
    } else {
      tagHandle = "!";
    }
    let _position = state.position;
    if (isVerbatim) {
      do {
        ch = state.input.charCodeAt(++state.position);
      } while (ch !== 0 && ch !== 62);
      if (state.position < state.length) {
        tagName = state.input.slice(_position, state.position);
        ch = state.input.charCodeAt(++state.position);
      } else {
        throwError(state, "unexpected end of the stream within a verbatim tag");
      }
    } else {
      while (ch !== 0 && !isWsOrEol(ch)) {
        if (ch === 33) {
          if (!isNamed) {
            tagHandle = state.input.slice(_position - 1, state.position + 1);
            if (!PATTERN_TAG_HANDLE.test(tagHandle)) {
              throwError(state, "named tag handle cannot contain such characters");
            }
            isNamed = true;
            _position = state.position + 1;
          } else {
            throwError(state, "tag suffix cannot contain exclamation marks");
          }
        }
        ch = state.input.charCodeAt(++state.position);
      }
      tagName = state.input.slice(_position, state.position);
      if (PATTERN_FLOW_INDICATORS.test(tagName)) {
        throwError(state, "tag suffix cannot contain flow indicator characters");
      }
    }
    if (tagName && !PATTERN_TAG_URI.test(tagName)) {
      throwError(state, "tag name cannot contain such characters: " + tagName);
    }
    try {
      tagName = decodeURIComponent(tagName);
    } catch (err) {
      throwError(state, "tag name is malformed: " + tagName);
    }
    if (isVerbatim) {
      state.tag = tagName;
    } else if (_hasOwnProperty.call(state.tagMap, tagHandle)) {
      state.tag = state.tagMap[tagHandle] + tagName;
    } else if (tagHandle === "!") {
      state.tag = "!" + tagName;
    } else if (tagHandle === "!!") {
      state.tag = "tag:yaml.org,2002:" + tagName;
    } else {
      throwError(state, 'undeclared tag handle "' + tagHandle + '"');
    }
    return true;
  }
  function readAnchorProperty(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 38) return false;
    if (state.anchor !== null) {
      throwError(state, "duplication of an anchor property");
    }
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an anchor node must contain at least one character");
    }
    state.anchor = state.input.slice(_position, state.position);
    return true;
  }
  function readAlias(state) {
    let ch = state.input.charCodeAt(state.position);
    if (ch !== 42) return false;
    ch = state.input.charCodeAt(++state.position);
    const _position = state.position;
    while (ch !== 0 && !isWsOrEol(ch) && !isFlowIndicator(ch)) {
      ch = state.input.charCodeAt(++state.position);
    }
    if (state.position === _position) {
      throwError(state, "name of an alias node must contain at least one character");
    }
    const alias = state.input.slice(_position, state.position);
    if (!_hasOwnProperty.call(state.anchorMap, alias)) {
      throwError(state, 'unidentified alias "' + alias + '"');
    }
    state.result = state.anchorMap[alias];
    skipSeparationSpace(state, true, -1);
    return true;
  }
  function tryReadBlockMappingFromProperty(state, propertyStart, nodeIndent, flowIndent) {
    const fallbackState = snapshotState(state);
    beginAnchorTransaction(state);
    restoreState(state, propertyStart);
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    if (readBlockMapping(state, nodeIndent, flowIndent) && state.kind === "mapping") {
      commitAnchorTransaction(state);
      return true;
    }
    rollbackAnchorTransaction(state);
    restoreState(state, fallbackState);
    return false;
  }
  function composeNode(state, parentIndent, nodeContext, allowToSeek, allowCompact) {
    let allowBlockScalars;
    let allowBlockCollections;
    let indentStatus = 1;
    let atNewLine = false;
    let hasContent = false;
    let propertyStart = null;
    let type2;
    let flowIndent;
    let blockIndent;
    if (state.depth >= state.maxDepth) {
      throwError(state, "nesting exceeded maxDepth (" + state.maxDepth + ")");
    }
    state.depth += 1;
    if (state.listener !== null) {
      state.listener("open", state);
    }
    state.tag = null;
    state.anchor = null;
    state.kind = null;
    state.result = null;
    const allowBlockStyles = allowBlockScalars = allowBlockCollections = CONTEXT_BLOCK_OUT === nodeContext || CONTEXT_BLOCK_IN === nodeContext;
    if (allowToSeek) {
      if (skipSeparationSpace(state, true, -1)) {
        atNewLine = true;
        if (state.lineIndent > parentIndent) {
          indentStatus = 1;
        } else if (state.lineIndent === parentIndent) {
          indentStatus = 0;
        } else if (state.lineIndent < parentIndent) {
          indentStatus = -1;
        }
      }
    }
    if (indentStatus === 1) {
      while (true) {
        const ch = state.input.charCodeAt(state.position);
        const propertyState = snapshotState(state);
        if (atNewLine && (ch === 33 && state.tag !== null || ch === 38 && state.anchor !== null)) {
          break;
        }
        if (!readTagProperty(state) && !readAnchorProperty(state)) {
          break;
        }
        if (propertyStart === null) {
          propertyStart = propertyState;
        }
        if (skipSeparationSpace(state, true, -1)) {
          atNewLine = true;
          allowBlockCollections = allowBlockStyles;
          if (state.lineIndent > parentIndent) {
            indentStatus = 1;
          } else if (state.lineIndent === parentIndent) {
            indentStatus = 0;
          } else if (state.lineIndent < parentIndent) {
            indentStatus = -1;
          }
        } else {
          allowBlockCollections = false;
        }
      }
    }
    if (allowBlockCollections) {
      allowBlockCollections = atNewLine || allowCompact;
    }
    if (indentStatus === 1 || CONTEXT_BLOCK_OUT === nodeContext) {
      if (CONTEXT_FLOW_IN === nodeContext || CONTEXT_FLOW_OUT === nodeContext) {
        flowIndent = parentIndent;
      } else {
        flowIndent = parentIndent + 1;
      }
      blockIndent = state.position - state.lineStart;
      if (indentStatus === 1) {
        if (allowBlockCollections && (readBlockSequence(state, blockIndent) || readBlockMapping(state, blockIndent, flowIndent)) || readFlowCollection(state, flowIndent)) {
          hasContent = true;
        } else {
          const ch = state.input.charCodeAt(state.position);
          if (propertyStart !== null && allowBlockStyles && !allowBlockCollections && ch !== 124 && ch !== 62 && tryReadBlockMappingFromProperty(
            state,
            propertyStart,
            propertyStart.position - propertyStart.lineStart,
            flowIndent
          )) {
            hasContent = true;
          } else if (allowBlockScalars && readBlockScalar(state, flowIndent) || readSingleQuotedScalar(state, flowIndent) || readDoubleQuotedScalar(state, flowIndent)) {
            hasContent = true;
          } else if (readAlias(state)) {
            hasContent = true;
            if (state.tag !== null || state.anchor !== null) {
              throwError(state, "alias node should not have any properties");
            }
          } else if (readPlainScalar(state, flowIndent, CONTEXT_FLOW_IN === nodeContext)) {
            hasContent = true;
            if (state.tag === null) {
              state.tag = "?";
            }
          }
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
        }
      } else if (indentStatus === 0) {
        hasContent = allowBlockCollections && readBlockSequence(state, blockIndent);
      }
    }
    if (state.tag === null) {
      if (state.anchor !== null) {
        storeAnchor(state, state.anchor, state.result);
      }
    } else if (state.tag === "?") {
      if (state.result !== null && state.kind !== "scalar") {
        throwError(state, 'unacceptable node kind for !<?> tag; it should be "scalar", not "' + state.kind + '"');
      }
      for (let typeIndex = 0, typeQuantity = state.implicitTypes.length; typeIndex < typeQuantity; typeIndex += 1) {
        type2 = state.implicitTypes[typeIndex];
        if (type2.resolve(state.result)) {
          state.result = type2.construct(state.result);
          state.tag = type2.tag;
          if (state.anchor !== null) {
            storeAnchor(state, state.anchor, state.result);
          }
          break;
        }
      }
    } else if (state.tag !== "!") {
      if (_hasOwnProperty.call(state.typeMap[state.kind || "fallback"], state.tag)) {
        type2 = state.typeMap[state.kind || "fallback"][state.tag];
      } else {
        type2 = null;
        const typeList = state.typeMap.multi[state.kind || "fallback"];
        for (let typeIndex = 0, typeQuantity = typeList.length; typeIndex < typeQuantity; typeIndex += 1) {
          if (state.tag.slice(0, typeList[typeIndex].tag.length) === typeList[typeIndex].tag) {
            type2 = typeList[typeIndex];
            break;
          }
        }
      }
      if (!type2) {
        throwError(state, "unknown tag !<" + state.tag + ">");
      }
      if (state.result !== null && type2.kind !== state.kind) {
        throwError(state, "unacceptable node kind for !<" + state.tag + '> tag; it should be "' + type2.kind + '", not "' + state.kind + '"');
      }
      if (!type2.resolve(state.result, state.tag)) {
        throwError(state, "cannot resolve a node with !<" + state.tag + "> explicit tag");
      } else {
        state.result = type2.construct(state.result, state.tag);
        if (state.anchor !== null) {
          storeAnchor(state, state.anchor, state.result);
        }
      }
    }
    if (state.listener !== null) {
      state.listener("close", state);
    }
    state.depth -= 1;
    return state.tag !== null || state.anchor !== null || hasContent;
  }
  function readDocument(state) {
    const documentStart = state.position;
    let hasDirectives = false;
    let ch;
    state.version = null;
    state.checkLineBreaks = state.legacy;
    state.tagMap = /* @__PURE__ */ Object.create(null);
    state.anchorMap = /* @__PURE__ */ Object.create(null);
    while ((ch = state.input.charCodeAt(state.position)) !== 0) {
      skipSeparationSpace(state, true, -1);
      ch = state.input.charCodeAt(state.position);
      if (state.lineIndent > 0 || ch !== 37) {
        break;
      }
      hasDirectives = true;
      ch = state.input.charCodeAt(++state.position);
      let _position = state.position;
      while (ch !== 0 && !isWsOrEol(ch)) {
        ch = state.input.charCodeAt(++state.position);
      }
      const directiveName = state.input.slice(_position, state.position);
      const directiveArgs = [];
      if (directiveName.length < 1) {
        throwError(state, "directive name must not be less than one character in length");
      }
      while (ch !== 0) {
        while (isWhiteSpace(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        if (ch === 35) {
          do {
            ch = state.input.charCodeAt(++state.position);
          } while (ch !== 0 && !isEol(ch));
          break;
        }
        if (isEol(ch)) break;
        _position = state.position;
        while (ch !== 0 && !isWsOrEol(ch)) {
          ch = state.input.charCodeAt(++state.position);
        }
        directiveArgs.push(state.input.slice(_position, state.position));
      }
      if (ch !== 0) readLineBreak(state);
      if (_hasOwnProperty.call(directiveHandlers, directiveName)) {
        directiveHandlers[directiveName](state, directiveName, directiveArgs);
      } else {
        throwWarning(state, 'unknown document directive "' + directiveName + '"');
      }
    }
    skipSeparationSpace(state, true, -1);
    if (state.lineIndent === 0 && state.input.charCodeAt(state.position) === 45 && state.input.charCodeAt(state.position + 1) === 45 && state.input.charCodeAt(state.position + 2) === 45) {
      state.position += 3;
      skipSeparationSpace(state, true, -1);
    } else if (hasDirectives) {
      throwError(state, "directives end mark is expected");
    }
    composeNode(state, state.lineIndent - 1, CONTEXT_BLOCK_OUT, false, true);
    skipSeparationSpace(state, true, -1);
    if (state.checkLineBreaks && PATTERN_NON_ASCII_LINE_BREAKS.test(state.input.slice(documentStart, state.position))) {
      throwWarning(state, "non-ASCII line breaks are interpreted as content");
    }
    state.documents.push(state.result);
    if (state.position === state.lineStart && testDocumentSeparator(state)) {
      if (state.input.charCodeAt(state.position) === 46) {
        state.position += 3;
        skipSeparationSpace(state, true, -1);
      }
      return;
    }
    if (state.position < state.length - 1) {
      throwError(state, "end of the stream or a document separator is expected");
    }
  }
  function loadDocuments(input, options) {
    input = String(input);
    options = options || {};
    if (input.length !== 0) {
      if (input.charCodeAt(input.length - 1) !== 10 && input.charCodeAt(input.length - 1) !== 13) {
        input += "\n";
      }
      if (input.charCodeAt(0) === 65279) {
        input = input.slice(1);
      }
    }
    const state = new State(input, options);
    const nullpos = input.indexOf("\0");
    if (nullpos !== -1) {
      state.position = nullpos;
      throwError(state, "null byte is not allowed in input");
    }
    state.input += "\0";
    while (state.input.charCodeAt(state.position) === 32) {
      state.lineIndent += 1;
      state.position += 1;
    }
    while (state.position < state.length - 1) {
      readDocument(state);
    }
    return state.documents;
  }
  function loadAll2(input, iterator, options) {
    if (iterator !== null && typeof iterator === "object" && typeof options === "undefined") {
      options = iterator;
      iterator = null;
    }
    const documents = loadDocuments(input, options);
    if (typeof iterator !== "function") {
      return documents;
    }
    for (let index = 0, length = documents.length; index < length; index += 1) {
      iterator(documents[index]);
    }
  }
  function load2(input, options) {
    const documents = loadDocuments(input, options);
    if (documents.length === 0) {
      return void 0;
    } else if (documents.length === 1) {
      return documents[0];
    }
    throw new YAMLException2("expected a single document in the stream, but found more");
  }
  loader.loadAll = loadAll2;
  loader.load = load2;
  return loader;
}
var dumper = {};
var hasRequiredDumper;
function requireDumper() {
  if (hasRequiredDumper) return dumper;
  hasRequiredDumper = 1;
  const common2 = requireCommon();
  const YAMLException2 = requireException();
  const DEFAULT_SCHEMA2 = require_default();
  const _toString = Object.prototype.toString;
  const _hasOwnProperty = Object.prototype.hasOwnProperty;
  const CHAR_BOM = 65279;
  const CHAR_TAB = 9;
  const CHAR_LINE_FEED = 10;
  const CHAR_CARRIAGE_RETURN = 13;
  const CHAR_SPACE = 32;
  const CHAR_EXCLAMATION = 33;
  const CHAR_DOUBLE_QUOTE = 34;
  const CHAR_SHARP = 35;
  const CHAR_PERCENT = 37;
  const CHAR_AMPERSAND = 38;
  const CHAR_SINGLE_QUOTE = 39;
  const CHAR_ASTERISK = 42;
  const CHAR_COMMA = 44;
  const CHAR_MINUS = 45;
  const CHAR_COLON = 58;
  const CHAR_EQUALS = 61;
  const CHAR_GREATER_THAN = 62;
  const CHAR_QUESTION = 63;
  const CHAR_COMMERCIAL_AT = 64;
  const CHAR_LEFT_SQUARE_BRACKET = 91;
  const CHAR_RIGHT_SQUARE_BRACKET = 93;
  const CHAR_GRAVE_ACCENT = 96;
  const CHAR_LEFT_CURLY_BRACKET = 123;
  const CHAR_VERTICAL_LINE = 124;
  const CHAR_RIGHT_CURLY_BRACKET = 125;
  const ESCAPE_SEQUENCES = {};
  ESCAPE_SEQUENCES[0] = "\\0";
  ESCAPE_SEQUENCES[7] = "\\a";
  ESCAPE_SEQUENCES[8] = "\\b";
  ESCAPE_SEQUENCES[9] = "\\t";
  ESCAPE_SEQUENCES[10] = "\\n";
  ESCAPE_SEQUENCES[11] = "\\v";
  ESCAPE_SEQUENCES[12] = "\\f";
  ESCAPE_SEQUENCES[13] = "\\r";
  ESCAPE_SEQUENCES[27] = "\\e";
  ESCAPE_SEQUENCES[34] = '\\"';
  ESCAPE_SEQUENCES[92] = "\\\\";
  ESCAPE_SEQUENCES[133] = "\\N";
  ESCAPE_SEQUENCES[160] = "\\_";
  ESCAPE_SEQUENCES[8232] = "\\L";
  ESCAPE_SEQUENCES[8233] = "\\P";
  const DEPRECATED_BOOLEANS_SYNTAX = [
    "y",
    "Y",
    "yes",
    "Yes",
    "YES",
    "on",
    "On",
    "ON",
    "n",
    "N",
    "no",
    "No",
    "NO",
    "off",
    "Off",
    "OFF"
  ];
  const DEPRECATED_BASE60_SYNTAX = /^[-+]?[0-9_]+(?::[0-9_]+)+(?:\.[0-9_]*)?$/;
  function compileStyleMap(schema2, map2) {
    if (map2 === null) return {};
    const result = {};
    const keys = Object.keys(map2);
    for (let index = 0, length = keys.length; index < length; index += 1) {
      let tag = keys[index];
      let style = String(map2[tag]);
      if (tag.slice(0, 2) === "!!") {
        tag = "tag:yaml.org,2002:" + tag.slice(2);
      }
      const type2 = schema2.compiledTypeMap["fallback"][tag];
      if (type2 && _hasOwnProperty.call(type2.styleAliases, style)) {
        style = type2.styleAliases[style];
      }
      result[tag] = style;
    }
    return result;
  }
  function encodeHex(character) {
    let handle;
    let length;
    const string = character.toString(16).toUpperCase();
    if (character <= 255) {
      handle = "x";
      length = 2;
    } else if (character <= 65535) {
      handle = "u";
      length = 4;
    } else if (character <= 4294967295) {
      handle = "U";
      length = 8;
    } else {
      throw new YAMLException2("code point within a string may not be greater than 0xFFFFFFFF");
    }
    return "\\" + handle + common2.repeat("0", length - string.length) + string;
  }
  const QUOTING_TYPE_SINGLE = 1;
  const QUOTING_TYPE_DOUBLE = 2;
  function State(options) {
    this.schema = options["schema"] || DEFAULT_SCHEMA2;
    this.indent = Math.max(1, options["indent"] || 2);
    this.noArrayIndent = options["noArrayIndent"] || false;
    this.skipInvalid = options["skipInvalid"] || false;
    this.flowLevel = common2.isNothing(options["flowLevel"]) ? -1 : options["flowLevel"];
    this.styleMap = compileStyleMap(this.schema, options["styles"] || null);
    this.sortKeys = options["sortKeys"] || false;
    this.lineWidth = options["lineWidth"] || 80;
    this.noRefs = options["noRefs"] || false;
    this.noCompatMode = options["noCompatMode"] || false;
    this.condenseFlow = options["condenseFlow"] || false;
    this.quotingType = options["quotingType"] === '"' ? QUOTING_TYPE_DOUBLE : QUOTING_TYPE_SINGLE;
    this.forceQuotes = options["forceQuotes"] || false;
    this.replacer = typeof options["replacer"] === "function" ? options["replacer"] : null;
    this.implicitTypes = this.schema.compiledImplicit;
    this.explicitTypes = this.schema.compiledExplicit;
    this.tag = null;
    this.result = "";
    this.duplicates = [];
    this.usedDuplicates = null;
  }
  function indentString(string, spaces) {
    const ind = common2.repeat(" ", spaces);
    let position = 0;
    let result = "";
    const length = string.length;
    while (position < length) {
      let line;
      const next = string.indexOf("\n", position);
      if (next === -1) {
        line = string.slice(position);
        position = length;
      } else {
        line = string.slice(position, next + 1);
        position = next + 1;
      }
      if (line.length && line !== "\n") result += ind;
      result += line;
    }
    return result;
  }
  function generateNextLine(state, level) {
    return "\n" + common2.repeat(" ", state.indent * level);
  }
  function testImplicitResolving(state, str2) {
    for (let index = 0, length = state.implicitTypes.length; index < length; index += 1) {
      const type2 = state.implicitTypes[index];
      if (type2.resolve(str2)) {
        return true;
      }
    }
    return false;
  }
  function isWhitespace(c) {
    return c === CHAR_SPACE || c === CHAR_TAB;
  }
  function isPrintable(c) {
    return c >= 32 && c <= 126 || c >= 161 && c <= 55295 && c !== 8232 && c !== 8233 || c >= 57344 && c <= 65533 && c !== CHAR_BOM || c >= 65536 && c <= 1114111;
  }
  function isNsCharOrWhitespace(c) {
    return isPrintable(c) && c !== CHAR_BOM && // - b-char
    c !== CHAR_CARRIAGE_RETURN && c !== CHAR_LINE_FEED;
  }
  function isPlainSafe(c, prev, inblock) {
    const cIsNsCharOrWhitespace = isNsCharOrWhitespace(c);
    const cIsNsChar = cIsNsCharOrWhitespace && !isWhitespace(c);
    return (
      // ns-plain-safe
      (inblock ? cIsNsCharOrWhitespace : cIsNsCharOrWhitespace && // - c-flow-indicator
      c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET) && // ns-plain-char
      c !== CHAR_SHARP && // false on '#'
      !(prev === CHAR_COLON && !cIsNsChar) || // false on ': '
      isNsCharOrWhitespace(prev) && !isWhitespace(prev) && c === CHAR_SHARP || // change to true on '[^ ]#'
      prev === CHAR_COLON && cIsNsChar
    );
  }
  function isPlainSafeFirst(c) {
    return isPrintable(c) && c !== CHAR_BOM && !isWhitespace(c) && // - s-white
    // - (c-indicator ::=
    // “-” | “?” | “:” | “,” | “[” | “]” | “{” | “}”
    c !== CHAR_MINUS && c !== CHAR_QUESTION && c !== CHAR_COLON && c !== CHAR_COMMA && c !== CHAR_LEFT_SQUARE_BRACKET && c !== CHAR_RIGHT_SQUARE_BRACKET && c !== CHAR_LEFT_CURLY_BRACKET && c !== CHAR_RIGHT_CURLY_BRACKET && // | “#” | “&” | “*” | “!” | “|” | “=” | “>” | “'” | “"”
    c !== CHAR_SHARP && c !== CHAR_AMPERSAND && c !== CHAR_ASTERISK && c !== CHAR_EXCLAMATION && c !== CHAR_VERTICAL_LINE && c !== CHAR_EQUALS && c !== CHAR_GREATER_THAN && c !== CHAR_SINGLE_QUOTE && c !== CHAR_DOUBLE_QUOTE && // | “%” | “@” | “`”)
    c !== CHAR_PERCENT && c !== CHAR_COMMERCIAL_AT && c !== CHAR_GRAVE_ACCENT;
  }
  function isPlainSafeLast(c) {
    return !isWhitespace(c) && c !== CHAR_COLON;
  }
  function codePointAt(string, pos) {
    const first = string.charCodeAt(pos);
    let second;
    if (first >= 55296 && first <= 56319 && pos + 1 < string.length) {
      second = string.charCodeAt(pos + 1);
      if (second >= 56320 && second <= 57343) {
        return (first - 55296) * 1024 + second - 56320 + 65536;
      }
    }
    return first;
  }
  function needIndentIndicator(string) {
    const leadingSpaceRe = /^\n* /;
    return leadingSpaceRe.test(string);
  }
  const STYLE_PLAIN = 1;
  const STYLE_SINGLE = 2;
  const STYLE_LITERAL = 3;
  const STYLE_FOLDED = 4;
  const STYLE_DOUBLE = 5;
  function chooseScalarStyle(string, singleLineOnly, indentPerLevel, lineWidth, testAmbiguousType, quotingType, forceQuotes, inblock) {
    let i;
    let char = 0;
    let prevChar = null;
    let hasLineBreak = false;
    let hasFoldableLine = false;
    const shouldTrackWidth = lineWidth !== -1;
    let previousLineBreak = -1;
    let plain = isPlainSafeFirst(codePointAt(string, 0)) && isPlainSafeLast(codePointAt(string, string.length - 1));
    if (singleLineOnly || forceQuotes) {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
    } else {
      for (i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
        char = codePointAt(string, i);
        if (char === CHAR_LINE_FEED) {
          hasLineBreak = true;
          if (shouldTrackWidth) {
            hasFoldableLine = hasFoldableLine || // Foldable line = too long, and not more-indented.
            i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ";
            previousLineBreak = i;
          }
        } else if (!isPrintable(char)) {
          return STYLE_DOUBLE;
        }
        plain = plain && isPlainSafe(char, prevChar, inblock);
        prevChar = char;
      }
      hasFoldableLine = hasFoldableLine || shouldTrackWidth && (i - previousLineBreak - 1 > lineWidth && string[previousLineBreak + 1] !== " ");
    }
    if (!hasLineBreak && !hasFoldableLine) {
      if (plain && !forceQuotes && !testAmbiguousType(string)) {
        return STYLE_PLAIN;
      }
      return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
    }
    if (indentPerLevel > 9 && needIndentIndicator(string)) {
      return STYLE_DOUBLE;
    }
    if (!forceQuotes) {
      return hasFoldableLine ? STYLE_FOLDED : STYLE_LITERAL;
    }
    return quotingType === QUOTING_TYPE_DOUBLE ? STYLE_DOUBLE : STYLE_SINGLE;
  }
  function writeScalar(state, string, level, iskey, inblock) {
    state.dump = (function() {
      if (string.length === 0) {
        return state.quotingType === QUOTING_TYPE_DOUBLE ? '""' : "''";
      }
      if (!state.noCompatMode) {
        if (DEPRECATED_BOOLEANS_SYNTAX.indexOf(string) !== -1 || DEPRECATED_BASE60_SYNTAX.test(string)) {
          return state.quotingType === QUOTING_TYPE_DOUBLE ? '"' + string + '"' : "'" + string + "'";
        }
      }
      const indent = state.indent * Math.max(1, level);
      const lineWidth = state.lineWidth === -1 ? -1 : Math.max(Math.min(state.lineWidth, 40), state.lineWidth - indent);
      const singleLineOnly = iskey || // No block styles in flow mode.
      state.flowLevel > -1 && level >= state.flowLevel;
      function testAmbiguity(string2) {
        return testImplicitResolving(state, string2);
      }
      switch (chooseScalarStyle(
        string,
        singleLineOnly,
        state.indent,
        lineWidth,
        testAmbiguity,
        state.quotingType,
        state.forceQuotes && !iskey,
        inblock
      )) {
        case STYLE_PLAIN:
          return string;
        case STYLE_SINGLE:
          return "'" + string.replace(/'/g, "''") + "'";
        case STYLE_LITERAL:
          return "|" + blockHeader(string, state.indent) + dropEndingNewline(indentString(string, indent));
        case STYLE_FOLDED:
          return ">" + blockHeader(string, state.indent) + dropEndingNewline(indentString(foldString(string, lineWidth), indent));
        case STYLE_DOUBLE:
          return '"' + escapeString(string) + '"';
        default:
          throw new YAMLException2("impossible error: invalid scalar style");
      }
    })();
  }
  function blockHeader(string, indentPerLevel) {
    const indentIndicator = needIndentIndicator(string) ? String(indentPerLevel) : "";
    const clip = string[string.length - 1] === "\n";
    const keep = clip && (string[string.length - 2] === "\n" || string === "\n");
    const chomp = keep ? "+" : clip ? "" : "-";
    return indentIndicator + chomp + "\n";
  }
  function dropEndingNewline(string) {
    return string[string.length - 1] === "\n" ? string.slice(0, -1) : string;
  }
  function foldString(string, width) {
    const lineRe = /(\n+)([^\n]*)/g;
    let result = (function() {
      let nextLF = string.indexOf("\n");
      nextLF = nextLF !== -1 ? nextLF : string.length;
      lineRe.lastIndex = nextLF;
      return foldLine(string.slice(0, nextLF), width);
    })();
    let prevMoreIndented = string[0] === "\n" || string[0] === " ";
    let moreIndented;
    let match;
    while (match = lineRe.exec(string)) {
      const prefix = match[1];
      const line = match[2];
      moreIndented = line[0] === " ";
      result += prefix + (!prevMoreIndented && !moreIndented && line !== "" ? "\n" : "") + foldLine(line, width);
      prevMoreIndented = moreIndented;
    }
    return result;
  }
  function foldLine(line, width) {
    if (line === "" || line[0] === " ") return line;
    const breakRe = / [^ ]/g;
    let match;
    let start = 0;
    let end;
    let curr = 0;
    let next = 0;
    let result = "";
    while (match = breakRe.exec(line)) {
      next = match.index;
      if (next - start > width) {
        end = curr > start ? curr : next;
        result += "\n" + line.slice(start, end);
        start = end + 1;
      }
      curr = next;
    }
    result += "\n";
    if (line.length - start > width && curr > start) {
      result += line.slice(start, curr) + "\n" + line.slice(curr + 1);
    } else {
      result += line.slice(start);
    }
    return result.slice(1);
  }
  function escapeString(string) {
    let result = "";
    let char = 0;
    for (let i = 0; i < string.length; char >= 65536 ? i += 2 : i++) {
      char = codePointAt(string, i);
      const escapeSeq = ESCAPE_SEQUENCES[char];
      if (!escapeSeq && isPrintable(char)) {
        result += string[i];
        if (char >= 65536) result += string[i + 1];
      } else {
        result += escapeSeq || encodeHex(char);
      }
    }
    return result;
  }
  function writeFlowSequence(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level, value, false, false) || typeof value === "undefined" && writeNode(state, level, null, false, false)) {
        if (_result !== "") _result += "," + (!state.condenseFlow ? " " : "");
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = "[" + _result + "]";
  }
  function writeBlockSequence(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    for (let index = 0, length = object.length; index < length; index += 1) {
      let value = object[index];
      if (state.replacer) {
        value = state.replacer.call(object, String(index), value);
      }
      if (writeNode(state, level + 1, value, true, true, false, true) || typeof value === "undefined" && writeNode(state, level + 1, null, true, true, false, true)) {
        if (!compact || _result !== "") {
          _result += generateNextLine(state, level);
        }
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          _result += "-";
        } else {
          _result += "- ";
        }
        _result += state.dump;
      }
    }
    state.tag = _tag;
    state.dump = _result || "[]";
  }
  function writeFlowMapping(state, level, object) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (_result !== "") pairBuffer += ", ";
      if (state.condenseFlow) pairBuffer += '"';
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level, objectKey, false, false)) {
        continue;
      }
      if (state.dump.length > 1024) pairBuffer += "? ";
      pairBuffer += state.dump + (state.condenseFlow ? '"' : "") + ":" + (state.condenseFlow ? "" : " ");
      if (!writeNode(state, level, objectValue, false, false)) {
        continue;
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = "{" + _result + "}";
  }
  function writeBlockMapping(state, level, object, compact) {
    let _result = "";
    const _tag = state.tag;
    const objectKeyList = Object.keys(object);
    if (state.sortKeys === true) {
      objectKeyList.sort();
    } else if (typeof state.sortKeys === "function") {
      objectKeyList.sort(state.sortKeys);
    } else if (state.sortKeys) {
      throw new YAMLException2("sortKeys must be a boolean or a function");
    }
    for (let index = 0, length = objectKeyList.length; index < length; index += 1) {
      let pairBuffer = "";
      if (!compact || _result !== "") {
        pairBuffer += generateNextLine(state, level);
      }
      const objectKey = objectKeyList[index];
      let objectValue = object[objectKey];
      if (state.replacer) {
        objectValue = state.replacer.call(object, objectKey, objectValue);
      }
      if (!writeNode(state, level + 1, objectKey, true, true, true)) {
        continue;
      }
      const explicitPair = state.tag !== null && state.tag !== "?" || state.dump && state.dump.length > 1024;
      if (explicitPair) {
        if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
          pairBuffer += "?";
        } else {
          pairBuffer += "? ";
        }
      }
      pairBuffer += state.dump;
      if (explicitPair) {
        pairBuffer += generateNextLine(state, level);
      }
      if (!writeNode(state, level + 1, objectValue, true, explicitPair)) {
        continue;
      }
      if (state.dump && CHAR_LINE_FEED === state.dump.charCodeAt(0)) {
        pairBuffer += ":";
      } else {
        pairBuffer += ": ";
      }
      pairBuffer += state.dump;
      _result += pairBuffer;
    }
    state.tag = _tag;
    state.dump = _result || "{}";
  }
  function detectType(state, object, explicit) {
    const typeList = explicit ? state.explicitTypes : state.implicitTypes;
    for (let index = 0, length = typeList.length; index < length; index += 1) {
      const type2 = typeList[index];
      if ((type2.instanceOf || type2.predicate) && (!type2.instanceOf || typeof object === "object" && object instanceof type2.instanceOf) && (!type2.predicate || type2.predicate(object))) {
        if (explicit) {
          if (type2.multi && type2.representName) {
            state.tag = type2.representName(object);
          } else {
            state.tag = type2.tag;
          }
        } else {
          state.tag = "?";
        }
        if (type2.represent) {
          const style = state.styleMap[type2.tag] || type2.defaultStyle;
          let _result;
          if (_toString.call(type2.represent) === "[object Function]") {
            _result = type2.represent(object, style);
          } else if (_hasOwnProperty.call(type2.represent, style)) {
            _result = type2.represent[style](object, style);
          } else {
            throw new YAMLException2("!<" + type2.tag + '> tag resolver accepts not "' + style + '" style');
          }
          state.dump = _result;
        }
        return true;
      }
    }
    return false;
  }
  function writeNode(state, level, object, block, compact, iskey, isblockseq) {
    state.tag = null;
    state.dump = object;
    if (!detectType(state, object, false)) {
      detectType(state, object, true);
    }
    const type2 = _toString.call(state.dump);
    const inblock = block;
    if (block) {
      block = state.flowLevel < 0 || state.flowLevel > level;
    }
    const objectOrArray = type2 === "[object Object]" || type2 === "[object Array]";
    let duplicateIndex;
    let duplicate;
    if (objectOrArray) {
      duplicateIndex = state.duplicates.indexOf(object);
      duplicate = duplicateIndex !== -1;
    }
    if (state.tag !== null && state.tag !== "?" || duplicate || state.indent !== 2 && level > 0) {
      compact = false;
    }
    if (duplicate && state.usedDuplicates[duplicateIndex]) {
      state.dump = "*ref_" + duplicateIndex;
    } else {
      if (objectOrArray && duplicate && !state.usedDuplicates[duplicateIndex]) {
        state.usedDuplicates[duplicateIndex] = true;
      }
      if (type2 === "[object Object]") {
        if (block && Object.keys(state.dump).length !== 0) {
          writeBlockMapping(state, level, state.dump, compact);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowMapping(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object Array]") {
        if (block && state.dump.length !== 0) {
          if (state.noArrayIndent && !isblockseq && level > 0) {
            writeBlockSequence(state, level - 1, state.dump, compact);
          } else {
            writeBlockSequence(state, level, state.dump, compact);
          }
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + state.dump;
          }
        } else {
          writeFlowSequence(state, level, state.dump);
          if (duplicate) {
            state.dump = "&ref_" + duplicateIndex + " " + state.dump;
          }
        }
      } else if (type2 === "[object String]") {
        if (state.tag !== "?") {
          writeScalar(state, state.dump, level, iskey, inblock);
        }
      } else if (type2 === "[object Undefined]") {
        return false;
      } else {
        if (state.skipInvalid) return false;
        throw new YAMLException2("unacceptable kind of an object to dump " + type2);
      }
      if (state.tag !== null && state.tag !== "?") {
        let tagStr = encodeURI(
          state.tag[0] === "!" ? state.tag.slice(1) : state.tag
        ).replace(/!/g, "%21");
        if (state.tag[0] === "!") {
          tagStr = "!" + tagStr;
        } else if (tagStr.slice(0, 18) === "tag:yaml.org,2002:") {
          tagStr = "!!" + tagStr.slice(18);
        } else {
          tagStr = "!<" + tagStr + ">";
        }
        state.dump = tagStr + " " + state.dump;
      }
    }
    return true;
  }
  function getDuplicateReferences(object, state) {
    const objects = [];
    const duplicatesIndexes = [];
    inspectNode(object, objects, duplicatesIndexes);
    const length = duplicatesIndexes.length;
    for (let index = 0; index < length; index += 1) {
      state.duplicates.push(objects[duplicatesIndexes[index]]);
    }
    state.usedDuplicates = new Array(length);
  }
  function inspectNode(object, objects, duplicatesIndexes) {
    if (object !== null && typeof object === "object") {
      const index = objects.indexOf(object);
      if (index !== -1) {
        if (duplicatesIndexes.indexOf(index) === -1) {
          duplicatesIndexes.push(index);
        }
      } else {
        objects.push(object);
        if (Array.isArray(object)) {
          for (let i = 0, length = object.length; i < length; i += 1) {
            inspectNode(object[i], objects, duplicatesIndexes);
          }
        } else {
          const objectKeyList = Object.keys(object);
          for (let i = 0, length = objectKeyList.length; i < length; i += 1) {
            inspectNode(object[objectKeyList[i]], objects, duplicatesIndexes);
          }
        }
      }
    }
  }
  function dump2(input, options) {
    options = options || {};
    const state = new State(options);
    if (!state.noRefs) getDuplicateReferences(input, state);
    let value = input;
    if (state.replacer) {
      value = state.replacer.call({ "": value }, "", value);
    }
    if (writeNode(state, 0, value, true, true)) return state.dump + "\n";
    return "";
  }
  dumper.dump = dump2;
  return dumper;
}
var hasRequiredJsYaml;
function requireJsYaml() {
  if (hasRequiredJsYaml) return jsYaml;
  hasRequiredJsYaml = 1;
  const loader2 = requireLoader();
  const dumper2 = requireDumper();
  function renamed(from, to) {
    return function() {
      throw new Error("Function yaml." + from + " is removed in js-yaml 4. Use yaml." + to + " instead, which is now safe by default.");
    };
  }
  jsYaml.Type = requireType();
  jsYaml.Schema = requireSchema();
  jsYaml.FAILSAFE_SCHEMA = requireFailsafe();
  jsYaml.JSON_SCHEMA = requireJson();
  jsYaml.CORE_SCHEMA = requireCore();
  jsYaml.DEFAULT_SCHEMA = require_default();
  jsYaml.load = loader2.load;
  jsYaml.loadAll = loader2.loadAll;
  jsYaml.dump = dumper2.dump;
  jsYaml.YAMLException = requireException();
  jsYaml.types = {
    binary: requireBinary(),
    float: requireFloat(),
    map: requireMap(),
    null: require_null(),
    pairs: requirePairs(),
    set: requireSet(),
    timestamp: requireTimestamp(),
    bool: requireBool(),
    int: requireInt(),
    merge: requireMerge(),
    omap: requireOmap(),
    seq: requireSeq(),
    str: requireStr()
  };
  jsYaml.safeLoad = renamed("safeLoad", "load");
  jsYaml.safeLoadAll = renamed("safeLoadAll", "loadAll");
  jsYaml.safeDump = renamed("safeDump", "dump");
  return jsYaml;
}
var jsYamlExports = requireJsYaml();
const yaml = /* @__PURE__ */ getDefaultExportFromCjs(jsYamlExports);
const {
  Type,
  Schema,
  FAILSAFE_SCHEMA,
  JSON_SCHEMA,
  CORE_SCHEMA,
  DEFAULT_SCHEMA,
  load,
  loadAll,
  dump,
  YAMLException,
  types,
  safeLoad,
  safeLoadAll,
  safeDump
} = yaml;

//# sourceMappingURL=js-yaml.mjs.map

// EXTERNAL MODULE: ./node_modules/jsonc-parser/lib/umd/main.js
var main = __nccwpck_require__(9547);
;// CONCATENATED MODULE: ./src/parse/cfn-tags.ts

/**
 * CloudFormation's short-form intrinsic functions become their long forms, so adapters read one shape.
 * Any other tag (GitLab's `!reference`, Home Assistant's `!secret`, mkdocs' `!!python/name:…`, …) keeps its
 * plain value instead of failing the whole file: the empty prefix of a `multi` type matches every tag that
 * no exact type claims.
 */
const FUNCTIONS = [
    "Base64",
    "Cidr",
    "FindInMap",
    "GetAZs",
    "ImportValue",
    "Join",
    "Select",
    "Split",
    "Sub",
    "Transform",
    "If",
    "Equals",
    "And",
    "Or",
    "Not",
    "ToJsonString",
    "Length",
];
const KINDS = ["scalar", "sequence", "mapping"];
function longForm(name, construct) {
    return KINDS.map((kind) => new yaml.Type(`!${name}`, { kind, construct }));
}
function splitGetAtt(data) {
    if (typeof data !== "string")
        return data;
    const dot = data.indexOf(".");
    return dot < 0 ? [data] : [data.slice(0, dot), data.slice(dot + 1)];
}
const anyOtherTag = KINDS.map((kind) => new yaml.Type("", { kind, multi: true, construct: (data) => data }));
const cfn_tags_types = [
    ...longForm("Ref", (data) => ({ Ref: data ?? "" })),
    ...longForm("Condition", (data) => ({ Condition: data ?? "" })),
    ...longForm("GetAtt", (data) => ({ "Fn::GetAtt": splitGetAtt(data) })),
    ...FUNCTIONS.flatMap((name) => longForm(name, (data) => ({ [`Fn::${name}`]: data ?? "" }))),
    ...anyOtherTag,
];
const MANIFEST_SCHEMA = yaml.DEFAULT_SCHEMA.extend(cfn_tags_types);

;// CONCATENATED MODULE: ./src/parse/document-limits.ts
/**
 * Limits that keep one hostile document from costing the whole scan. js-yaml shares one object for every
 * alias of an anchor, so a "billion laughs" file is small in memory but explodes in anything that walks it as
 * a tree (adapters, JSON output); V8's JSON.parse accepts nesting that recursive walkers cannot follow.
 */
const MAX_DEPTH = 1000;
const MAX_EXPANDED_NODES = 1_000_000;
/**
 * Why a document is refused, or undefined when it is within the limits. Depth and expanded size (aliases
 * counted as many times as they are used) are computed over the shared graph without recursion, so the check
 * is linear in the number of distinct nodes.
 */
function exceededLimit(document) {
    const depth = new Map();
    const expanded = new Map();
    const stack = [];
    const onStack = new Set();
    const open = (node) => {
        onStack.add(node);
        stack.push({ node, children: containersIn(node), next: 0 });
    };
    if (!isContainer(document))
        return undefined;
    open(document);
    while (stack.length > 0) {
        const frame = stack[stack.length - 1];
        if (stack.length > MAX_DEPTH)
            return `nested deeper than ${MAX_DEPTH} levels`;
        const child = frame.children[frame.next];
        if (child !== undefined) {
            frame.next++;
            if (!expanded.has(child) && !onStack.has(child))
                open(child);
            continue;
        }
        stack.pop();
        onStack.delete(frame.node);
        let size = 1 + scalarCount(frame.node);
        let deepest = 0;
        for (const c of frame.children) {
            size += expanded.get(c) ?? 0;
            deepest = Math.max(deepest, depth.get(c) ?? 0);
        }
        if (size > MAX_EXPANDED_NODES)
            return `aliases expand to more than ${MAX_EXPANDED_NODES.toLocaleString("en")} nodes`;
        if (deepest + 1 > MAX_DEPTH)
            return `nested deeper than ${MAX_DEPTH} levels`;
        expanded.set(frame.node, size);
        depth.set(frame.node, deepest + 1);
    }
    return undefined;
}
function isContainer(value) {
    return typeof value === "object" && value !== null;
}
function valuesOf(node) {
    return Array.isArray(node) ? node : Object.values(node);
}
function containersIn(node) {
    return valuesOf(node).filter(isContainer);
}
function scalarCount(node) {
    return valuesOf(node).filter((v) => !isContainer(v)).length;
}

;// CONCATENATED MODULE: ./src/parse/line-index.ts
/** Converts character offsets into 1-based lines and columns. */
class LineIndex {
    /** The offset where each line starts, in order. */
    starts = [0];
    constructor(text) {
        for (let i = text.indexOf("\n"); i >= 0; i = text.indexOf("\n", i + 1))
            this.starts.push(i + 1);
    }
    position(offset) {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const mid = (low + high + 1) >> 1;
            if (this.starts[mid] <= offset)
                low = mid;
            else
                high = mid - 1;
        }
        return { line: low + 1, column: offset - this.starts[low] + 1 };
    }
    range(start, end) {
        const from = this.position(start);
        const to = this.position(Math.max(start, end));
        return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
    }
}

;// CONCATENATED MODULE: ./src/parse/json-locator.ts


/** Positions in JSON files, found with jsonc-parser's syntax tree on the first request. */
class json_locator_JsonLocator {
    text;
    root;
    lines;
    constructor(text) {
        this.text = text;
    }
    locate(_doc, path) {
        this.lines ??= new LineIndex(this.text);
        if (this.root === undefined)
            this.root = (0,main.parseTree)(this.text) ?? null;
        let node = this.root;
        let range = node ? [node.offset, node.offset + node.length] : [0, 0];
        for (const segment of path) {
            const next = node ? jsonChild(node, segment) : undefined;
            if (!next)
                break;
            range = next.range;
            node = next.node;
        }
        return this.lines.range(range[0], range[1]);
    }
}
/** The member `segment` of an object or array node, with the range of its whole property. */
function jsonChild(node, segment) {
    if (node.type === "array") {
        const item = node.children?.[Number(segment)];
        return item ? { node: item, range: [item.offset, item.offset + item.length] } : undefined;
    }
    if (node.type !== "object")
        return undefined;
    // The last of repeated keys, the one JSON.parse keeps.
    const property = node.children?.findLast((p) => p.children?.[0]?.value === String(segment));
    const value = property?.children?.[1];
    if (!property || !value)
        return undefined;
    return { node: value, range: [property.offset, property.offset + property.length] };
}

;// CONCATENATED MODULE: ./src/parse/block-yaml-text.ts
/** Thrown where the line scanner cannot be sure it reads the text as `yaml` does; the caller falls back. */
class NotCertain extends Error {
}
function unsure() {
    throw new NotCertain();
}
const SPACE = 32;
const TAB = 9;
const HASH = 35;
/** Characters that cannot start a plain scalar, or need a second look (`-`, `?`, `:`). */
const INDICATORS = new Set([..."-?:,[]{}#&*!|>'\"%@`"]);
/** Plain scalars `yaml`'s core schema reads as something other than the same string. */
const NOT_A_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)$/;
const SAME_AS_NUMBER = /^(?:0|[1-9][0-9]{0,14})$/;
/** Line-level reading of block YAML: indentation, comments, document markers, keys and one-line scalars. */
class BlockYamlText {
    text;
    starts;
    lineCount;
    /** Per line: its indentation once read (-1 blank, -2 unread, -3 tab-indented). */
    indents;
    ends;
    constructor(text, starts) {
        this.text = text;
        this.starts = starts;
        this.lineCount = starts.length;
        this.indents = new Int32Array(this.lineCount).fill(-2);
        this.ends = new Int32Array(this.lineCount).fill(-1);
    }
    offset(line, column) {
        return this.starts[line] + column;
    }
    /** The offset just past the line's line break (the end of the text on the last line). */
    next(line) {
        return this.starts[line + 1] ?? this.text.length;
    }
    /** The column where the line's text ends, before `\n` or `\r\n`. */
    end(line) {
        const known = this.ends[line];
        if (known >= 0)
            return known;
        const start = this.starts[line];
        let end = this.next(line);
        if (end > start && this.text.charCodeAt(end - 1) === 10)
            end--;
        if (end > start && this.text.charCodeAt(end - 1) === 13)
            end--;
        this.ends[line] = end - start;
        return end - start;
    }
    char(line, column) {
        return column < this.end(line) ? this.text.charCodeAt(this.offset(line, column)) : -1;
    }
    /** The column of the first character that is not a space; -1 for a blank line. Tab indentation is refused. */
    indent(line) {
        let indent = this.indents[line];
        if (indent === -2)
            indent = this.indents[line] = this.readIndent(line);
        return indent === -3 ? unsure() : indent;
    }
    readIndent(line) {
        const end = this.end(line);
        let column = 0;
        while (column < end && this.char(line, column) === SPACE)
            column++;
        if (column === end)
            return -1;
        if (this.char(line, column) !== TAB)
            return column;
        const rest = this.text.slice(this.offset(line, column), this.offset(line, end));
        return rest.trim() === "" ? -1 : -3;
    }
    isComment(line) {
        const indent = this.indent(line);
        return indent >= 0 && this.char(line, indent) === HASH;
    }
    /** The first line at or after `line` (before `limit`) that is neither blank nor a comment; `limit` if none. */
    nextContent(line, limit) {
        let at = line;
        while (at < limit && (this.indent(at) < 0 || this.isComment(at)))
            at++;
        return at;
    }
    /** Past spaces from `column`; a tab there is refused (it is not indentation `yaml` and js-yaml agree on). */
    skipSpaces(line, column) {
        let at = column;
        while (this.char(line, at) === SPACE)
            at++;
        return this.char(line, at) === TAB ? unsure() : at;
    }
    /** Nothing but an optional comment from `column` to the end of the line. */
    restIsEmpty(line, column) {
        const at = this.skipSpaces(line, column);
        return at >= this.end(line) || (this.char(line, at) === HASH && (at === 0 || this.isBlank(line, at - 1)));
    }
    /** `-` followed by a space or the end of the line: a block sequence item. */
    isDash(line, column) {
        return this.char(line, column) === 45 && this.separated(line, column + 1);
    }
    isBlank(line, column) {
        const c = this.char(line, column);
        return c === SPACE || c === TAB;
    }
    separated(line, column) {
        const next = this.char(line, column);
        return next === -1 || next === SPACE || next === TAB;
    }
    /** Every document `yaml.parseAllDocuments` would return, as line ranges; undefined where unsure. */
    documents() {
        const documents = [];
        let current = { first: 0, explicit: false, content: false };
        for (let line = 0; line < this.lineCount; line++) {
            const first = this.char(line, 0);
            if (first === 37 || (first === 46 && this.startsWith(line, "...") && this.separated(line, 3)))
                unsure();
            if (first === 45 && this.startsWith(line, "---") && this.separated(line, 3)) {
                if (!this.restIsEmpty(line, 3))
                    unsure();
                if (current.explicit || current.content)
                    documents.push({ first: current.first, limit: line });
                current = { first: line + 1, explicit: true, content: false };
            }
            else if (!current.content && this.indent(line) >= 0 && !this.isComment(line))
                current.content = true;
        }
        if (current.explicit || current.content)
            documents.push({ first: current.first, limit: this.lineCount });
        return documents;
    }
    startsWith(line, prefix) {
        return this.text.startsWith(prefix, this.offset(line, 0));
    }
    /**
     * Reads every line of a document for quoted scalars and flow collections that go on over more lines. The
     * scanner skips those lines as deeper ones, which they are when every one is indented past the key or `-`
     * that owns the value; otherwise (or as a key) `yaml` reads them its own way, and the document is refused.
     * Block scalar bodies are skipped.
     */
    refuseUnownedFlowLines(lines) {
        for (let line = lines.first; line < lines.limit; line++) {
            const indent = this.indent(line);
            if (indent < 0)
                continue;
            const read = this.readLine(line, indent, lines.limit);
            line = read.last;
            const owner = read.blockScalarOwner;
            if (owner === undefined)
                continue;
            while (line + 1 < lines.limit && (this.indent(line + 1) < 0 || this.indent(line + 1) > owner))
                line++;
        }
    }
    /**
     * Reads a line's keys, indicators and flow values, following a flow value over the lines it takes: the last
     * line read, and the column of the key or `-` that owns a block scalar starting there.
     */
    readLine(line, indent, limit) {
        const end = this.end(line);
        let owner = indent;
        for (let at = indent; at < end;) {
            const c = this.char(line, at);
            if (c === HASH)
                break;
            if (this.isDash(line, at) || ((c === 63 || c === 58) && this.separated(line, at + 1))) {
                if (c === 45)
                    owner = at;
                at = this.skipSpaces(line, at + 1);
            }
            else if (c === 33 || c === 38 || c === 42)
                at = this.skipSpaces(line, this.tokenEnd(line, at));
            else if (c === 124 || c === 62)
                return { last: line, blockScalarOwner: owner };
            else if (c === 34 || c === 39 || c === 91 || c === 123) {
                const close = this.flowClose(line, at, owner, limit);
                if (close.line > line)
                    return this.restIsEmpty(close.line, close.column) ? { last: close.line } : unsure();
                const colon = this.colonFrom(line, close.column);
                if (colon === undefined)
                    break;
                owner = at;
                at = this.skipSpaces(line, colon);
            }
            else {
                const colon = this.colonFrom(line, at);
                if (colon === undefined)
                    break;
                owner = at;
                at = this.skipSpaces(line, colon);
            }
        }
        return { last: line };
    }
    /** Where a quoted scalar or flow collection starting at `column` closes; unsure if a line is not past `owner`. */
    flowClose(line, column, owner, limit) {
        let depth = 0;
        let quote = 0;
        for (let at = line; at < limit; at++) {
            let from = column;
            if (at > line) {
                from = this.indent(at);
                if (from < 0)
                    continue;
                if (from <= owner)
                    unsure();
            }
            const end = this.end(at);
            for (let col = from; col < end; col++) {
                const c = this.char(at, col);
                if (quote) {
                    if (quote === 34 && c === 92)
                        col++;
                    else if (c === quote && quote === 39 && this.char(at, col + 1) === 39)
                        col++;
                    else if (c === quote) {
                        quote = 0;
                        if (depth === 0)
                            return { line: at, column: col + 1 };
                    }
                }
                else if ((c === 34 || c === 39) && (depth === 0 || this.startsScalar(at, col)))
                    quote = c;
                else if (c === 91 || c === 123)
                    depth++;
                else if (c === 93 || c === 125) {
                    if (--depth === 0)
                        return { line: at, column: col + 1 };
                }
                else if (c === HASH && this.isBlank(at, col - 1))
                    break;
            }
        }
        return unsure();
    }
    /** The column past the next `: ` (or `:` ending the line) from `column`, before any comment. */
    colonFrom(line, column) {
        const end = this.end(line);
        for (let at = column; at < end; at++) {
            const c = this.char(line, at);
            if (c === HASH && (this.char(line, at - 1) === SPACE || this.char(line, at - 1) === TAB))
                return undefined;
            if (c === 58 && this.separated(line, at + 1))
                return at + 1;
        }
        return undefined;
    }
    /** The column just past a quoted scalar that starts at `column`; unsure if it does not close on this line. */
    quotedEnd(line, column) {
        const quote = this.char(line, column);
        const end = this.end(line);
        for (let at = column + 1; at < end; at++) {
            const c = this.char(line, at);
            if (quote === 34 && c === 92)
                at++;
            else if (c === quote) {
                if (quote === 39 && this.char(line, at + 1) === 39)
                    at++;
                else
                    return at + 1;
            }
        }
        return unsure();
    }
    /** The column just past a flow collection that starts at `column`; unsure unless it closes on this line. */
    flowEnd(line, column) {
        const end = this.end(line);
        let depth = 0;
        for (let at = column; at < end; at++) {
            const c = this.char(line, at);
            if (c === 91 || c === 123)
                depth++;
            else if (c === 93 || c === 125) {
                if (--depth === 0)
                    return at + 1;
            }
            else if ((c === 34 || c === 39) && this.startsScalar(line, at))
                at = this.quotedEnd(line, at) - 1;
            else if (c === HASH && this.startsScalar(line, at))
                unsure();
        }
        return unsure();
    }
    startsScalar(line, column) {
        let at = column - 1;
        while (at >= 0 && this.char(line, at) === SPACE)
            at--;
        const before = this.char(line, at);
        return at < column - 1 || [91, 123, 44, 58].includes(before);
    }
    /**
     * The items of a one-line flow sequence opening at `column`, as [start, end] columns: flow scalars and
     * flow collections; unsure for pairs, tags, anchors, aliases and empty items.
     */
    flowItems(line, column) {
        const items = [];
        let at = this.skipSpaces(line, column + 1);
        if (this.char(line, at) === 93)
            return items;
        for (;;) {
            const c = this.char(line, at);
            let end;
            if (c === 34 || c === 39)
                end = this.quotedEnd(line, at);
            else if (c === 91 || c === 123)
                end = this.flowEnd(line, at);
            else if (c !== -1 && this.startsPlain(line, at) && c !== 44 && c !== 93 && c !== 125)
                end = this.flowPlainEnd(line, at);
            else
                return unsure();
            items.push([at, end]);
            at = this.skipSpaces(line, end);
            const next = this.char(line, at);
            if (next === 93)
                return items;
            if (next !== 44)
                unsure();
            at = this.skipSpaces(line, at + 1);
            if (this.char(line, at) === 93)
                return items;
        }
    }
    /** The end of a plain scalar inside a flow collection: before `,`, a bracket, or trailing spaces. */
    flowPlainEnd(line, column) {
        let last = column;
        for (let at = column; at < this.end(line); at++) {
            const c = this.char(line, at);
            if (c === 44 || c === 91 || c === 93 || c === 123 || c === 125)
                break;
            if ((c === 58 && this.endsFlowKey(line, at + 1)) || (c === HASH && this.isBlank(line, at - 1)))
                unsure();
            if (c !== SPACE && c !== TAB)
                last = at + 1;
        }
        return last;
    }
    /** Whether a `:` before `column` would end a key inside a flow collection (it does not in `s3:GetObject`). */
    endsFlowKey(line, column) {
        const c = this.char(line, column);
        return this.separated(line, column) || c === 44 || c === 91 || c === 93 || c === 123 || c === 125;
    }
    /** The column past a token (tag, anchor, alias name): up to a space or the end of the line. */
    tokenEnd(line, column) {
        const end = this.end(line);
        let at = column;
        while (at < end && this.char(line, at) !== SPACE && this.char(line, at) !== TAB)
            at++;
        return at;
    }
    /**
     * The end of a one-line plain scalar (trailing spaces and comment excluded); unsure if it holds `: `,
     * which would make it a key.
     */
    plainEnd(line, column) {
        const end = this.end(line);
        let last = column;
        for (let at = column; at < end; at++) {
            const c = this.char(line, at);
            if (c === HASH && (this.char(line, at - 1) === SPACE || this.char(line, at - 1) === TAB))
                break;
            if (c === 58 && this.separated(line, at + 1))
                unsure();
            if (c !== SPACE && c !== TAB)
                last = at + 1;
        }
        return last;
    }
    /** Whether a plain scalar may start at `column` (it may not with an indicator, bar `-?:` before a non-space). */
    startsPlain(line, column) {
        const c = this.text[this.offset(line, column)];
        if (!INDICATORS.has(c))
            return true;
        return (c === "-" || c === "?" || c === ":") && !this.separated(line, column + 1);
    }
    /**
     * The key of a block mapping entry at `column`, or undefined when the line holds a scalar there; unsure for
     * keys `yaml` might read otherwise (tags, anchors, aliases, explicit `?`, flow keys, numbers, escapes).
     */
    keyAt(line, column) {
        const c = this.char(line, column);
        if (c === 34 || c === 39) {
            const close = this.quotedEnd(line, column);
            const after = this.colonAfter(line, close);
            if (after === undefined)
                return undefined;
            const inner = this.text.slice(this.offset(line, column + 1), this.offset(line, close - 1));
            return {
                name: c === 39 ? inner.replaceAll("''", "'") : decodeDoubleQuoted(inner),
                start: this.offset(line, column),
                after,
            };
        }
        if (c === 124 || c === 62 || c === HASH || this.isDash(line, column))
            return undefined;
        if (!this.startsPlain(line, column)) {
            if (c === 91 || c === 123)
                return this.colonAfter(line, this.flowEnd(line, column)) === undefined ? undefined : unsure();
            if (c === 33 || c === 38 || c === 42)
                return this.keyAfterProps(line, column);
            return unsure();
        }
        const end = this.end(line);
        for (let at = column; at < end; at++) {
            const ch = this.char(line, at);
            if (ch === HASH && (this.char(line, at - 1) === SPACE || this.char(line, at - 1) === TAB))
                return undefined;
            if (ch === 58 && this.separated(line, at + 1)) {
                const name = this.text.slice(this.offset(line, column), this.offset(line, at)).trimEnd();
                if (NOT_A_STRING.test(name) && !SAME_AS_NUMBER.test(name))
                    unsure();
                return { name, start: this.offset(line, column), after: at + 1 };
            }
        }
        return undefined;
    }
    /** Tags, anchors and aliases before a key are refused; before a scalar they are no key at all. */
    keyAfterProps(line, column) {
        const next = this.skipSpaces(line, this.tokenEnd(line, column));
        if (this.colonAfter(line, next) !== undefined)
            unsure();
        if (next < this.end(line) && this.keyAt(line, next))
            unsure();
        return undefined;
    }
    /** The column past a `:` (after optional spaces) that is followed by a space or the line's end. */
    colonAfter(line, column) {
        let at = column;
        while (this.char(line, at) === SPACE)
            at++;
        return this.char(line, at) === 58 && this.separated(line, at + 1) ? at + 1 : undefined;
    }
}
/** Double-quoted text through JSON's escapes, which YAML shares; other escapes (`\x`, `\e`, …) are refused. */
function decodeDoubleQuoted(inner) {
    if (!inner.includes("\\"))
        return inner;
    try {
        return JSON.parse(`"${inner}"`);
    }
    catch {
        return unsure();
    }
}

;// CONCATENATED MODULE: ./src/parse/block-yaml-locator.ts

/**
 * Finds what `ExactYamlLocator` finds, reading only the lines on the path: block mappings and sequences,
 * comments, block scalars, plain scalars and one-line flow sequences. Anything it cannot be sure of (flow
 * mappings on the path, aliases, keys `yaml` may read otherwise, directives, empty values that end a
 * collection) answers undefined.
 */
class BlockYamlLocator {
    lines;
    documents;
    limit = 0;
    /** Per collection (by its start offset): the lines of its entries, and a mapping's keys. */
    entryLineCache = new Map();
    entryCache = new Map();
    /** Documents whose flow values over several lines were read, and those found all owned (indented past). */
    flowRead = new Set();
    flowOwned = new Set();
    constructor(text, lineStarts) {
        this.lines = new BlockYamlText(text, lineStarts);
    }
    find(doc, path) {
        try {
            return this.walk(doc, path);
        }
        catch (error) {
            if (error instanceof NotCertain)
                return undefined;
            throw error;
        }
    }
    walk(doc, path) {
        const lines = this.documentLines()[doc] ?? unsure();
        this.limit = lines.limit;
        if (!this.flowRead.has(doc)) {
            this.flowRead.add(doc);
            this.lines.refuseUnownedFlowLines(lines);
            this.flowOwned.add(doc);
        }
        if (!this.flowOwned.has(doc))
            unsure();
        const first = this.lines.nextContent(lines.first, lines.limit);
        if (first >= lines.limit || this.lines.indent(first) !== 0)
            unsure();
        let node = this.collectionAt(first, 0);
        let start = node.start;
        for (const segment of path) {
            if (node.kind === "map") {
                const name = String(segment);
                const entry = this.findLastEntry(node, name) ?? unsure();
                node = this.valueAfter(entry.line, entry.after, node.indent, false);
                start = entry.start;
            }
            else if (node.kind === "seq") {
                const index = Number(segment);
                const item = isIndex(index) ? this.item(node, index) : undefined;
                if (!item)
                    break;
                node = item;
                start = item.start;
            }
            else if (node.kind === "leaf" && node.flow === "[" && isIndex(Number(segment))) {
                const item = this.flowItem(node, Number(segment));
                if (!item)
                    break;
                node = item;
                start = item.start;
            }
            else {
                if (node.kind === "leaf" && (node.alias || node.flow === "{"))
                    unsure();
                break;
            }
        }
        return [start, this.endOf(node)];
    }
    documentLines() {
        if (this.documents === undefined) {
            try {
                this.documents = this.lines.documents();
            }
            catch (error) {
                if (!(error instanceof NotCertain))
                    throw error;
                this.documents = null;
            }
        }
        return this.documents ?? unsure();
    }
    /** The block mapping or sequence whose first entry is at (`line`, `column`). */
    collectionAt(line, column) {
        const start = this.lines.offset(line, column);
        if (this.lines.isDash(line, column))
            return { kind: "seq", indent: column, line, start };
        if (this.lines.keyAt(line, column))
            return { kind: "map", indent: column, line, start };
        return unsure();
    }
    /** Lines that hold the collection's entries or items, the first included. */
    entryLines(collection) {
        let lines = this.entryLineCache.get(collection.start);
        if (!lines) {
            lines = [...this.readEntryLines(collection)];
            this.entryLineCache.set(collection.start, lines);
        }
        return lines;
    }
    *readEntryLines(collection) {
        yield collection.line;
        for (let line = collection.line + 1; line < this.limit; line++) {
            const indent = this.lines.indent(line);
            if (indent < 0 || indent > collection.indent || this.lines.isComment(line))
                continue;
            if (indent < collection.indent)
                return;
            const dash = this.lines.isDash(line, indent);
            if (collection.kind === "seq" && !dash)
                return;
            // In a mapping, a `-` at the mapping's own indentation is an item of the previous key's sequence.
            if (!dash || collection.kind === "seq")
                yield line;
        }
    }
    /** The mapping's keys by name, each the last of its repeats: the one `yaml` and js-yaml (`json`) keep. */
    entries(map) {
        let entries = this.entryCache.get(map.start);
        if (!entries) {
            entries = new Map();
            for (const line of this.entryLines(map)) {
                const key = this.lines.keyAt(line, map.indent) ?? unsure();
                entries.set(key.name, { ...key, line });
            }
            this.entryCache.set(map.start, entries);
        }
        return entries;
    }
    findLastEntry(map, name) {
        return this.entries(map).get(name);
    }
    item(seq, index) {
        const line = this.entryLines(seq)[index];
        return line === undefined ? undefined : this.itemAt(line, seq.indent);
    }
    flowItem(seq, index) {
        const line = seq.lastLine;
        const column = seq.start - this.lines.offset(line, 0);
        const item = this.lines.flowItems(line, column)[index];
        if (!item)
            return undefined;
        const [start, end] = item;
        const open = this.lines.char(line, start);
        const flow = open === 91 ? "[" : open === 123 ? "{" : undefined;
        const at = (c) => this.lines.offset(line, c);
        return { kind: "leaf", start: at(start), end: at(end), lastLine: line, trails: true, ...(flow && { flow }) };
    }
    lastChild(collection) {
        const last = this.entryLines(collection).at(-1);
        if (collection.kind === "seq")
            return this.itemAt(last, collection.indent);
        const key = this.lines.keyAt(last, collection.indent) ?? unsure();
        return this.valueAfter(last, key.after, collection.indent, false);
    }
    /** A sequence item: `- value`, or a compact mapping (`- key: v`) or sequence (`- - x`) on the item's line. */
    itemAt(line, dash) {
        const at = this.lines.skipSpaces(line, dash + 1);
        if (!this.lines.restIsEmpty(line, at)) {
            if (this.lines.isDash(line, at))
                return { kind: "seq", indent: at, line, start: this.lines.offset(line, at) };
            if (this.lines.keyAt(line, at))
                return { kind: "map", indent: at, line, start: this.lines.offset(line, at) };
        }
        return this.valueAfter(line, dash + 1, dash, true);
    }
    /** The value that follows an indicator (`:` or `-`) ending at `column`, owned by a collection at `parent`. */
    valueAfter(line, column, parent, inSeq) {
        const lines = this.lines;
        let at = lines.skipSpaces(line, column);
        const valueStart = at;
        let props = false;
        for (let c = lines.char(line, at); c === 33 || c === 38; c = lines.char(line, at)) {
            const next = lines.char(line, at + 1);
            if (c === 33 && (next === 33 || next === 60))
                unsure();
            at = lines.skipSpaces(line, lines.tokenEnd(line, at));
            props = true;
        }
        if (lines.restIsEmpty(line, at)) {
            const next = lines.nextContent(line + 1, this.limit);
            const indent = next < this.limit ? lines.indent(next) : -1;
            if (indent > parent || (indent === parent && !inSeq && lines.isDash(next, indent))) {
                return this.collectionAt(next, indent);
            }
            return props ? unsure() : { kind: "empty", start: lines.offset(line, valueStart) };
        }
        const c = lines.char(line, at);
        const start = lines.offset(line, at);
        if (c === 124 || c === 62)
            return this.blockScalar(line, at, parent);
        let end;
        const leaf = { kind: "leaf", start, lastLine: line, trails: true };
        if (c === 42) {
            if (props)
                unsure();
            end = lines.tokenEnd(line, at);
            if (!lines.restIsEmpty(line, end))
                unsure();
            return { ...leaf, end: lines.offset(line, end), alias: true };
        }
        if (c === 34 || c === 39)
            end = lines.quotedEnd(line, at);
        else if (c === 91 || c === 123)
            end = lines.flowEnd(line, at);
        else if (lines.startsPlain(line, at))
            end = lines.plainEnd(line, at);
        else
            return unsure();
        if (!lines.restIsEmpty(line, end))
            unsure();
        if (c !== 34 && c !== 39 && c !== 91 && c !== 123 && !this.commentAfter(line, end)) {
            return this.plainContinued({ ...leaf, end: lines.offset(line, end) }, parent);
        }
        const flow = c === 91 ? "[" : c === 123 ? "{" : undefined;
        return { ...leaf, end: lines.offset(line, end), ...(flow && { flow }) };
    }
    /** A plain scalar goes on over the deeper lines that follow (blank lines between), up to a comment. */
    plainContinued(leaf, parent) {
        const lines = this.lines;
        let { end, lastLine } = leaf;
        for (let next = lastLine + 1; next < this.limit; next++) {
            const indent = lines.indent(next);
            if (indent < 0)
                continue;
            if (indent <= parent || lines.isComment(next))
                break;
            if (!lines.startsPlain(next, indent))
                unsure();
            const column = lines.plainEnd(next, indent);
            end = lines.offset(next, column);
            lastLine = next;
            if (this.commentAfter(next, column))
                break;
        }
        return { ...leaf, end, lastLine };
    }
    /** Whether a comment follows `column` on the line (nothing but spaces and a comment may). */
    commentAfter(line, column) {
        return this.lines.skipSpaces(line, column) < this.lines.end(line);
    }
    /**
     * `|` or `>` with an optional `-` chomping indicator. `yaml` ends it after the line break of its last
     * non-blank line; kept trailing lines (`+`), explicit indentation and empty bodies are left to `yaml`.
     */
    blockScalar(line, column, parent) {
        const lines = this.lines;
        let at = column + 1;
        if (lines.char(line, at) === 45)
            at++;
        if (!lines.restIsEmpty(line, at))
            unsure();
        let first = line + 1;
        while (first < this.limit && lines.indent(first) < 0)
            first++;
        const indent = first < this.limit ? lines.indent(first) : -1;
        if (indent <= parent)
            unsure();
        for (let blank = line + 1; blank < first; blank++)
            if (lines.end(blank) > indent)
                unsure();
        let last = first;
        for (let next = first + 1; next < this.limit; next++) {
            const nextIndent = lines.indent(next);
            // A line of spaces longer than the indentation is content (spaces), not a blank line.
            if (nextIndent < 0) {
                if (lines.end(next) > indent)
                    last = next;
                continue;
            }
            if (nextIndent < indent) {
                if (nextIndent > parent)
                    unsure();
                break;
            }
            last = next;
        }
        return { kind: "leaf", start: lines.offset(line, column), end: lines.next(last), lastLine: last, trails: false };
    }
    /**
     * Where `yaml` ends a node (`range[1]`). A collection ends where its last descendant ends, plus the comment
     * lines `yaml` hands to a collection on the way: the blank and comment lines after the last value go up from
     * the innermost collection, each passing them on unless one of the comments is indented at least as deep as
     * it (and it is indented at all); the one that keeps them ends at the next token.
     */
    endOf(node) {
        if (node.kind === "empty")
            return node.start;
        if (node.kind === "leaf")
            return node.end;
        const chain = [node];
        let last = this.lastChild(node);
        while (last.kind === "map" || last.kind === "seq") {
            chain.push(last);
            last = this.lastChild(last);
        }
        const leaf = last.kind === "leaf" ? last : unsure();
        const innermost = chain[chain.length - 1];
        let end = leaf.trails ? this.lines.next(leaf.lastLine) : leaf.end;
        let line = leaf.lastLine + 1;
        let deepest = -1;
        for (; line < this.limit; line++) {
            const indent = this.lines.indent(line);
            if (indent < 0)
                continue;
            if (!this.lines.isComment(line))
                break;
            if (leaf.trails && deepest < 0 && indent > innermost.indent)
                end = this.lines.next(line);
            else
                deepest = Math.max(deepest, indent);
        }
        const next = line < this.limit ? this.lines.offset(line, this.lines.indent(line)) : this.lines.next(this.limit - 1);
        const keeper = chain.slice(1).some((collection) => collection.indent > 0 && deepest >= collection.indent);
        return keeper ? next : end;
    }
}
function isIndex(index) {
    return Number.isInteger(index) && index >= 0;
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
;// CONCATENATED MODULE: ./src/parse/exact-yaml-locator.ts

/**
 * The exact answer: re-reads the whole file with `yaml`, which keeps every node's range (about ten times what
 * js-yaml costs), and takes the range of the deepest node on the path that exists.
 */
class ExactYamlLocator {
    text;
    documents;
    constructor(text) {
        this.text = text;
    }
    find(docIndex, path) {
        const documents = this.parsed();
        const doc = documents[docIndex];
        if (!doc)
            return [0, 0];
        const root = doc.contents;
        const docStart = doc.range?.[0] ?? 0;
        if (!root?.range)
            return [docStart, docStart];
        let current = { node: root, range: [root.range[0], root.range[1]] };
        for (const segment of path) {
            const next = step(resolve(current.node, doc), segment, doc);
            if (!next)
                break;
            current = next;
        }
        return current.range;
    }
    parsed() {
        this.documents ??= (0,dist/* parseAllDocuments */.hR)(this.text, { uniqueKeys: false, strict: false });
        return Array.isArray(this.documents) ? this.documents : [];
    }
}
function resolve(node, doc) {
    return (0,dist/* isAlias */.Vj)(node) ? node.resolve(doc) : node;
}
function step(node, segment, doc) {
    if ((0,dist/* isSeq */.oP)(node)) {
        const item = node.items[Number(segment)];
        return item?.range ? { node: item, range: [item.range[0], item.range[1]] } : undefined;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return undefined;
    // The last of repeated keys, the one the parser keeps.
    const pair = node.items.findLast(({ key }) => String((0,dist/* isScalar */.jn)(key) ? key.value : key) === String(segment));
    if (pair) {
        const key = pair.key;
        const value = pair.value;
        const start = key?.range?.[0] ?? value?.range?.[0] ?? 0;
        const end = value?.range?.[1] ?? key?.range?.[1] ?? start;
        return { node: value, range: [start, end] };
    }
    for (const pair of node.items) {
        if ((0,dist/* isScalar */.jn)(pair.key) && pair.key.value === "<<") {
            const merged = step(resolve(pair.value, doc), segment, doc);
            if (merged)
                return merged;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/parse/yaml-locator.ts



/**
 * The fast parser (js-yaml) keeps no positions. A line scanner answers for block YAML; where it is not sure,
 * the `yaml` package re-reads the whole file (about ten times js-yaml's cost) for the exact ranges.
 */
class yaml_locator_YamlLocator {
    text;
    lines;
    fast;
    exact;
    constructor(text) {
        this.text = text;
    }
    locate(doc, path) {
        this.lines ??= new LineIndex(this.text);
        this.fast ??= new BlockYamlLocator(this.text, this.lines.starts);
        const range = this.fast.find(doc, path) ?? this.exactLocator().find(doc, path);
        return this.lines.range(range[0], range[1]);
    }
    exactLocator() {
        this.exact ??= new ExactYamlLocator(this.text);
        return this.exact;
    }
}

;// CONCATENATED MODULE: ./src/parse/parse-file.ts







const startOfFile = { locate: () => ({ line: 1, column: 1 }) };
/** Formats other than YAML and JSON (HCL) register here, so this module stays free of their parsers. */
const extraParsers = new Map();
function registerParser(format, parser) {
    extraParsers.set(format, parser);
}
function parseFile(path, rawText, format) {
    const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
    const extra = extraParsers.get(format);
    if (extra)
        return extra(path, text);
    switch (format) {
        case "yaml":
            return parseYaml(path, text);
        case "json":
            return parseJson(path, text);
        default:
            return { path, format, text, documents: [], locator: startOfFile };
    }
}
/** Formats a parse worker may read: their locators need only the text, so the worker sends no locator back. */
const WORKER_FORMATS = new Set(["yaml", "json"]);
/** A file parsed elsewhere (a worker), given back its locator. */
function withLocator(file) {
    const locator = file.format === "yaml"
        ? new YamlLocator(file.text)
        : file.format === "json"
            ? new JsonLocator(file.text)
            : startOfFile;
    return { ...file, locator };
}
function parseYaml(path, text) {
    const locator = new yaml_locator_YamlLocator(text);
    try {
        const documents = [];
        // `json: true`: a repeated key overrides the earlier one (as JSON.parse, PyYAML and Go's yaml.v2 do)
        // instead of failing the whole file.
        yaml.loadAll(text, (doc) => documents.push(doc), { schema: MANIFEST_SCHEMA, filename: path, json: true });
        // Only anchors make a document a graph that can explode; js-yaml bounds nesting itself (maxDepth 100).
        const refused = text.includes("&") ? firstRefusal(documents) : undefined;
        if (refused)
            return { path, format: "yaml", text, documents: [], locator, error: refused };
        return { path, format: "yaml", text, documents, locator };
    }
    catch (error) {
        return { path, format: "yaml", text, documents: [], locator, error: yamlError(error) };
    }
}
function firstRefusal(documents) {
    for (const [index, document] of documents.entries()) {
        const reason = exceededLimit(document);
        if (reason)
            return { message: `document ${index + 1} is refused: ${reason}`, line: 1, column: 1 };
    }
    return undefined;
}
function yamlError(error) {
    if (error instanceof yaml.YAMLException) {
        return { message: error.reason || "invalid YAML", line: error.mark.line + 1, column: error.mark.column + 1 };
    }
    if (error instanceof RangeError)
        return { message: "YAML nested too deeply to read", line: 1, column: 1 };
    return { message: error instanceof Error ? error.message : String(error), line: 1, column: 1 };
}
/** Plain JSON first (fast); comments and trailing commas are tolerated, as editors and tools do. */
function parseJson(path, text) {
    const locator = new json_locator_JsonLocator(text);
    try {
        const document = JSON.parse(text);
        const refused = firstRefusal([document]);
        if (refused)
            return { path, format: "json", text, documents: [], locator, error: refused };
        return { path, format: "json", text, documents: [document], locator };
    }
    catch (error) {
        const errors = [];
        let value;
        try {
            value = (0,main.parse)(text, errors, { allowTrailingComma: true, disallowComments: false });
        }
        catch {
            return { path, format: "json", text, documents: [], locator, error: deepJsonError(error) };
        }
        const first = errors[0];
        const refused = first ? undefined : firstRefusal([value]);
        if (refused)
            return { path, format: "json", text, documents: [], locator, error: refused };
        if (!first)
            return { path, format: "json", text, documents: value === undefined ? [] : [value], locator };
        const { line, column } = new LineIndex(text).position(first.offset);
        const message = `invalid JSON: ${(0,main.printParseErrorCode)(first.error)}`;
        return { path, format: "json", text, documents: [], locator, error: { message, line, column } };
    }
}
function deepJsonError(error) {
    const message = error instanceof RangeError ? "JSON nested too deeply to read" : String(error);
    return { message, line: 1, column: 1 };
}

;// CONCATENATED MODULE: ./src/engine/read-file.ts

const utf8 = new TextDecoder("utf-8", { fatal: true });
const unreadable = (file, message) => ({
    path: file.path,
    format: file.format,
    text: "",
    documents: [],
    error: { message, line: 1, column: 1 },
    locator: { locate: () => ({ line: 1, column: 1 }) },
});
/** Reads and parses one discovered file; binary or non-UTF-8 content is an error for the file, not the scan. */
function readAndParse(fs, root, file) {
    let bytes;
    try {
        bytes = fs.readFile(`${root}/${file.path}`);
    }
    catch (error) {
        return unreadable(file, `cannot read the file: ${error.message}`);
    }
    if (bytes.includes(0))
        return unreadable(file, "binary content under a manifest's name");
    let text;
    try {
        text = utf8.decode(bytes);
    }
    catch {
        return unreadable(file, "not valid UTF-8 text");
    }
    return parseFile(file.path, text, file.format);
}
/** The plain reader: each file read and parsed when the scan asks for it, so one file's documents live at a time. */
const readOneByOne = (fs) => function* (root, files) {
    for (const file of files)
        yield { file: readAndParse(fs, root, file) };
};

;// CONCATENATED MODULE: ./src/parse/hcl/cursor.ts
/** A syntax error at a character offset; the parser turns it into the file's one parse error. */
class HclSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/** Reads HCL source character by character: whitespace, the three comment styles, and expectations. */
class Cursor {
    text;
    pos = 0;
    constructor(text) {
        this.text = text;
    }
    peek(offset = 0) {
        return this.text.charAt(this.pos + offset);
    }
    atEnd() {
        return this.pos >= this.text.length;
    }
    startsWith(token) {
        return this.text.startsWith(token, this.pos);
    }
    /** Skips spaces and comments; newlines too when `newlines` (inside brackets they are not significant). */
    skip(newlines) {
        for (;;) {
            const c = this.peek();
            if (c === " " || c === "\t" || c === "\r" || (newlines && c === "\n"))
                this.pos++;
            else if (c === "#" || this.startsWith("//"))
                this.skipLineComment(newlines);
            else if (this.startsWith("/*")) {
                const end = this.text.indexOf("*/", this.pos + 2);
                if (end < 0)
                    throw new HclSyntaxError("unterminated /* comment", this.pos);
                this.pos = end + 2;
            }
            else
                return;
        }
    }
    skipLineComment(newlines) {
        const end = this.text.indexOf("\n", this.pos);
        this.pos = end < 0 ? this.text.length : newlines ? end + 1 : end;
    }
    expect(token, what = `"${token}"`) {
        if (!this.startsWith(token))
            throw this.error(`expected ${what}`);
        this.pos += token.length;
    }
    identifier() {
        const match = /[A-Za-z_][A-Za-z0-9_-]*/y;
        match.lastIndex = this.pos;
        const found = match.exec(this.text);
        if (!found)
            throw this.error("expected a name");
        this.pos += found[0].length;
        return found[0];
    }
    isIdentifierStart() {
        return /[A-Za-z_]/.test(this.peek());
    }
    error(message) {
        const found = this.atEnd() ? "end of file" : JSON.stringify(this.peek());
        return new HclSyntaxError(`${message}, found ${found}`, this.pos);
    }
}

;// CONCATENATED MODULE: ./src/parse/hcl/templates.ts

/** Skips to the bracket that closes the one just opened, over nested brackets and strings. */
function skipBalanced(cursor, close) {
    const opened = cursor.pos - 1;
    let depth = 0;
    while (!cursor.atEnd()) {
        const c = cursor.peek();
        if (c === '"') {
            quoted(cursor);
            continue;
        }
        if (c === "{" || c === "(" || c === "[")
            depth++;
        else if (c === "}" || c === ")" || c === "]") {
            if (depth === 0) {
                if (c !== close)
                    throw cursor.error(`expected "${close}"`);
                cursor.pos++;
                return;
            }
            depth--;
        }
        cursor.pos++;
    }
    throw new HclSyntaxError(`unterminated expression: expected "${close}"`, opened);
}
const ESCAPES = { n: "\n", r: "\r", t: "\t", '"': '"', "\\": "\\" };
/** A quoted template: escapes decoded; `${…}` and `%{…}` kept as written, so references stay recognisable. */
function quoted(cursor) {
    const start = cursor.pos;
    cursor.pos++;
    let value = "";
    for (;;) {
        const c = cursor.peek();
        if (cursor.atEnd() || c === "\n")
            throw new HclSyntaxError("unterminated string", start);
        if (c === '"')
            break;
        if (c === "\\") {
            const next = cursor.peek(1);
            if (next === "u" || next === "U") {
                const digits = next === "u" ? 4 : 8;
                value += String.fromCodePoint(Number.parseInt(cursor.text.slice(cursor.pos + 2, cursor.pos + 2 + digits), 16));
                cursor.pos += 2 + digits;
            }
            else {
                value += ESCAPES[next] ?? next;
                cursor.pos += 2;
            }
        }
        else if ((c === "$" || c === "%") && cursor.peek(1) === "{") {
            const from = cursor.pos;
            cursor.pos += 2;
            skipBalanced(cursor, "}");
            value += cursor.text.slice(from, cursor.pos);
        }
        else if ((c === "$" || c === "%") && cursor.peek(1) === c && cursor.peek(2) === "{") {
            value += cursor.text.slice(cursor.pos, cursor.pos + 3);
            cursor.pos += 3;
        }
        else {
            value += c;
            cursor.pos++;
        }
    }
    cursor.pos++;
    return { value, node: { start, end: cursor.pos } };
}
/** `<<EOF` or `<<-EOF` (indented: the common leading whitespace is removed) up to the marker's own line. */
function heredoc(cursor) {
    const start = cursor.pos;
    cursor.pos += 2;
    const indented = cursor.peek() === "-";
    if (indented)
        cursor.pos++;
    const marker = cursor.identifier();
    const lineEnd = cursor.text.indexOf("\n", cursor.pos);
    if (lineEnd < 0 || cursor.text.slice(cursor.pos, lineEnd).trim() !== "") {
        throw cursor.error("expected a line break after the heredoc marker");
    }
    const contentStart = lineEnd + 1;
    let lineStart = contentStart;
    for (;;) {
        if (lineStart >= cursor.text.length)
            throw new HclSyntaxError(`heredoc not closed by ${marker}`, start);
        const next = cursor.text.indexOf("\n", lineStart);
        const lineStop = next < 0 ? cursor.text.length : next;
        if (cursor.text.slice(lineStart, lineStop).trim() === marker) {
            const content = cursor.text.slice(contentStart, lineStart);
            cursor.pos = lineStart + cursor.text.slice(lineStart, lineStop).indexOf(marker) + marker.length;
            const value = indented ? dedent(content) : content;
            return { value, node: { start, end: cursor.pos, embedded: [contentStart, lineStart] } };
        }
        lineStart = lineStop + 1;
    }
}
function dedent(content) {
    const lines = content.split("\n");
    const widths = lines.filter((line) => line.trim() !== "").map((line) => line.length - line.trimStart().length);
    const strip = widths.length ? Math.min(...widths) : 0;
    return lines.map((line) => line.slice(strip)).join("\n");
}

;// CONCATENATED MODULE: ./src/parse/hcl/expressions.ts


const BINARY_OPERATORS = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "+", "-", "*", "/", "%"];
/**
 * An expression as a plain value, the shape `.tf.json` files have: literals, objects and tuples as themselves,
 * and every other expression (references, calls, for-expressions, operators) as its source text in `${…}`.
 * `jsonencode(x)` is read as `x`, so a policy document written with it is an object.
 */
function parseExpression(cursor, nested) {
    const start = cursor.pos;
    const first = parsePostfixed(cursor);
    let opaque = false;
    for (;;) {
        const before = cursor.pos;
        cursor.skip(nested);
        const operator = BINARY_OPERATORS.find((op) => cursor.startsWith(op));
        if (operator) {
            cursor.pos += operator.length;
            cursor.skip(nested);
            parsePostfixed(cursor);
            opaque = true;
            continue;
        }
        if (cursor.peek() === "?") {
            cursor.pos++;
            cursor.skip(nested);
            parseExpression(cursor, nested);
            cursor.skip(nested);
            cursor.expect(":", '":" of a conditional');
            cursor.skip(nested);
            parseExpression(cursor, nested);
            opaque = true;
            continue;
        }
        cursor.pos = before;
        break;
    }
    return opaque ? rawExpression(cursor, start) : first;
}
function rawExpression(cursor, start) {
    return { value: `\${${cursor.text.slice(start, cursor.pos).trim()}}`, node: { start, end: cursor.pos } };
}
function parsePostfixed(cursor) {
    const start = cursor.pos;
    const term = parseTerm(cursor);
    let traversed = false;
    for (;;) {
        if (cursor.peek() === "." && cursor.peek(1) !== ".") {
            cursor.pos++;
            if (cursor.peek() === "*")
                cursor.pos++;
            else if (/\d/.test(cursor.peek()))
                number(cursor);
            else
                cursor.identifier();
        }
        else if (cursor.peek() === "[") {
            cursor.pos++;
            cursor.skip(true);
            if (cursor.peek() === "*")
                cursor.pos++;
            else
                parseExpression(cursor, true);
            cursor.skip(true);
            cursor.expect("]");
        }
        else
            break;
        traversed = true;
    }
    return traversed ? rawExpression(cursor, start) : term;
}
function parseTerm(cursor) {
    const start = cursor.pos;
    const c = cursor.peek();
    if (c === '"')
        return quoted(cursor);
    if (cursor.startsWith("<<"))
        return heredoc(cursor);
    if (/\d/.test(c)) {
        const value = number(cursor);
        return { value, node: { start, end: cursor.pos } };
    }
    if (c === "{")
        return objectOrFor(cursor);
    if (c === "[")
        return tupleOrFor(cursor);
    if (c === "(") {
        cursor.pos++;
        cursor.skip(true);
        parseExpression(cursor, true);
        cursor.skip(true);
        cursor.expect(")");
        return rawExpression(cursor, start);
    }
    if (c === "-" || c === "!") {
        cursor.pos++;
        cursor.skip(false);
        const operand = parsePostfixed(cursor);
        if (c === "-" && typeof operand.value === "number")
            return { value: -operand.value, node: { start, end: cursor.pos } };
        return rawExpression(cursor, start);
    }
    if (cursor.isIdentifierStart())
        return identifierTerm(cursor);
    throw cursor.error("expected an expression");
}
const KEYWORDS = { true: true, false: false, null: null };
function identifierTerm(cursor) {
    const start = cursor.pos;
    let name = cursor.identifier();
    while (cursor.startsWith("::")) {
        cursor.pos += 2;
        name += `::${cursor.identifier()}`;
    }
    if (cursor.peek() !== "(") {
        if (name in KEYWORDS)
            return { value: KEYWORDS[name], node: { start, end: cursor.pos } };
        return rawExpression(cursor, start);
    }
    cursor.pos++;
    const args = [];
    cursor.skip(true);
    while (cursor.peek() !== ")") {
        args.push(parseExpression(cursor, true));
        cursor.skip(true);
        if (cursor.startsWith("...")) {
            cursor.pos += 3;
            cursor.skip(true);
        }
        if (cursor.peek() === ",") {
            cursor.pos++;
            cursor.skip(true);
        }
        else if (cursor.peek() !== ")")
            throw cursor.error('expected "," or ")" in a function call');
    }
    cursor.pos++;
    const only = args[0];
    if (name === "jsonencode" && args.length === 1 && only) {
        return { value: only.value, node: { ...only.node, start, end: cursor.pos } };
    }
    return rawExpression(cursor, start);
}
function number(cursor) {
    const match = /\d+(\.\d+)?([eE][+-]?\d+)?/y;
    match.lastIndex = cursor.pos;
    const found = match.exec(cursor.text);
    if (!found)
        throw cursor.error("expected a number");
    cursor.pos += found[0].length;
    return Number(found[0]);
}
function startsFor(cursor) {
    const match = /for\s+[A-Za-z_][\w-]*\s*(,|in\s)/y;
    match.lastIndex = cursor.pos;
    return match.test(cursor.text);
}
function objectOrFor(cursor) {
    const start = cursor.pos;
    cursor.pos++;
    cursor.skip(true);
    if (startsFor(cursor)) {
        skipBalanced(cursor, "}");
        return rawExpression(cursor, start);
    }
    const value = {};
    const children = new Map();
    while (cursor.peek() !== "}") {
        if (cursor.atEnd())
            throw new HclSyntaxError('unterminated object: expected "}"', start);
        const keyStart = cursor.pos;
        const key = objectKey(cursor);
        cursor.skip(true);
        if (cursor.peek() !== "=" && cursor.peek() !== ":")
            throw cursor.error('expected "=" or ":" after an object key');
        cursor.pos++;
        cursor.skip(true);
        const item = parseExpression(cursor, true);
        if (!(key in value)) {
            value[key] = item.value;
            children.set(key, { ...item.node, start: keyStart });
        }
        cursor.skip(true);
        if (cursor.peek() === ",") {
            cursor.pos++;
            cursor.skip(true);
        }
    }
    cursor.pos++;
    return { value, node: { start, end: cursor.pos, children } };
}
function objectKey(cursor) {
    if (cursor.isIdentifierStart()) {
        const before = cursor.pos;
        const name = cursor.identifier();
        cursor.skip(true);
        if (cursor.peek() === "=" || cursor.peek() === ":")
            return name;
        cursor.pos = before;
    }
    const key = parseExpression(cursor, true);
    return typeof key.value === "string" ? key.value : cursor.text.slice(key.node.start, key.node.end);
}
function tupleOrFor(cursor) {
    const start = cursor.pos;
    cursor.pos++;
    cursor.skip(true);
    if (startsFor(cursor)) {
        skipBalanced(cursor, "]");
        return rawExpression(cursor, start);
    }
    const value = [];
    const children = new Map();
    while (cursor.peek() !== "]") {
        if (cursor.atEnd())
            throw new HclSyntaxError('unterminated list: expected "]"', start);
        const item = parseExpression(cursor, true);
        children.set(String(value.length), item.node);
        value.push(item.value);
        cursor.skip(true);
        if (cursor.peek() === ",") {
            cursor.pos++;
            cursor.skip(true);
        }
        else if (cursor.peek() !== "]")
            throw cursor.error('expected "," or "]" in a list');
    }
    cursor.pos++;
    return { value, node: { start, end: cursor.pos, children } };
}

;// CONCATENATED MODULE: ./src/parse/hcl/hcl-locator.ts



/**
 * Positions in an HCL file, from the ranges the parser kept. A path that goes on past a heredoc continues into
 * the JSON document written inside it (an IAM policy's `Statement[0]`), found with jsonc-parser.
 */
class HclLocator {
    text;
    root;
    lines;
    constructor(text, root) {
        this.text = text;
        this.root = root;
    }
    locate(_doc, path) {
        this.lines ??= new LineIndex(this.text);
        let node = this.root;
        let range = [node.start, node.end];
        for (let index = 0; index < path.length; index++) {
            const next = node.children?.get(String(path[index]));
            if (!next) {
                if (node.embedded)
                    range = embeddedRange(this.text, node.embedded, path.slice(index)) ?? range;
                break;
            }
            node = next;
            range = [node.start, node.end];
        }
        return this.lines.range(range[0], range[1]);
    }
}
function embeddedRange(text, [start, end], path) {
    let node = (0,main.parseTree)(text.slice(start, end));
    let range;
    for (const segment of path) {
        const found = node ? jsonChild(node, segment) : undefined;
        if (!found)
            break;
        node = found.node;
        range = [start + found.range[0], start + found.range[1]];
    }
    return range;
}

;// CONCATENATED MODULE: ./src/parse/hcl/parse-hcl.ts




/**
 * Reads an HCL file (Terraform `.tf`) into one document shaped as `.tf.json` is: labelled blocks nest by their
 * labels (`resource.aws_lambda_function.api`), unlabelled blocks are lists (`tracing_config[0]`), attributes are
 * plain values or `${expression}` text. Positions are kept for every block, attribute and member.
 */
function parseHcl(path, text) {
    const cursor = new Cursor(text);
    try {
        const { value, node } = parseBody(cursor, false);
        return { path, format: "hcl", text, documents: [value], locator: new HclLocator(text, node) };
    }
    catch (error) {
        const failure = syntaxError(error, cursor);
        const { line, column } = new LineIndex(text).position(failure.offset);
        const locator = new HclLocator(text, { start: 0, end: 0 });
        return { path, format: "hcl", text, documents: [], locator, error: { message: failure.message, line, column } };
    }
}
function syntaxError(error, cursor) {
    if (error instanceof HclSyntaxError)
        return error;
    if (error instanceof RangeError)
        return new HclSyntaxError("HCL nested too deeply to read", cursor.pos);
    throw error;
}
function parseBody(cursor, inBlock) {
    const value = {};
    const node = { start: cursor.pos, end: cursor.pos, children: new Map() };
    for (;;) {
        cursor.skip(true);
        if (cursor.atEnd()) {
            if (inBlock)
                throw cursor.error('expected "}" to close the block');
            break;
        }
        if (inBlock && cursor.peek() === "}")
            break;
        const start = cursor.pos;
        const name = cursor.identifier();
        cursor.skip(false);
        if (cursor.peek() === "=" && cursor.peek(1) !== "=") {
            cursor.pos++;
            cursor.skip(false);
            const expression = parseExpression(cursor, false);
            if (!(name in value)) {
                value[name] = expression.value;
                node.children?.set(name, { ...expression.node, start });
            }
            endOfItem(cursor, inBlock);
        }
        else {
            const labels = blockLabels(cursor);
            cursor.expect("{", 'a "{" or "=" after a name');
            const body = parseBody(cursor, true);
            cursor.pos++;
            addBlock(value, node, name, labels, body.value, { ...body.node, start, end: cursor.pos });
            endOfItem(cursor, inBlock);
        }
    }
    node.end = cursor.pos;
    return { value, node };
}
function blockLabels(cursor) {
    const labels = [];
    while (cursor.peek() !== "{") {
        if (cursor.peek() === '"') {
            const label = parseExpression(cursor, false).value;
            labels.push(String(label));
        }
        else if (cursor.isIdentifierStart())
            labels.push(cursor.identifier());
        else
            throw cursor.error('expected a block label, "{" or "="');
        cursor.skip(false);
    }
    return labels;
}
function endOfItem(cursor, inBlock) {
    cursor.skip(false);
    if (cursor.atEnd() || cursor.peek() === "\n" || (inBlock && cursor.peek() === "}"))
        return;
    throw cursor.error("expected a line break after an attribute or block");
}
/** Labelled blocks nest by label (the first one declared wins); unlabelled ones of a name form a list. */
function addBlock(parent, parentNode, name, labels, body, node) {
    const children = parentNode.children;
    if (labels.length === 0) {
        const list = parent[name] ?? [];
        if (!Array.isArray(list))
            return;
        const container = children.get(name) ?? { start: node.start, end: node.end, children: new Map() };
        container.children?.set(String(list.length), node);
        children.set(name, container);
        list.push(body);
        parent[name] = list;
        return;
    }
    let holder = parent;
    let holderNodes = children;
    for (const key of [name, ...labels.slice(0, -1)]) {
        const next = holder[key] ?? {};
        if (typeof next !== "object" || next === null || Array.isArray(next))
            return;
        holder[key] = next;
        holder = next;
        const container = holderNodes.get(key) ?? { start: node.start, end: node.end, children: new Map() };
        holderNodes.set(key, container);
        holderNodes = container.children;
    }
    const last = labels[labels.length - 1];
    if (last in holder)
        return;
    holder[last] = body;
    holderNodes.set(last, node);
}

;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
;// CONCATENATED MODULE: ./src/extract/entity.ts
function createEntity(start, fields = {}) {
    const { kind, name, platform, format, ref, qualifier } = start;
    const id = `${kind}:${ref.file}#${qualifier ? `${qualifier}/` : ""}${name}`;
    return { kind, id, name, platform, source: { file: ref.file, format }, ref, origins: {}, ...fields };
}
/** Sets a field and records where it came from; `note` explains a default or an inherited value. */
function setField(entity, field, value, ref, note) {
    entity[field] = value;
    entity.origins[field] = note ? { ref, note } : { ref };
}
function recordOrigin(entity, field, origin) {
    entity.origins[field] = origin;
}
function markUnresolved(entity, field, ref) {
    entity.unresolved = [...(entity.unresolved ?? []), field];
    entity.origins[field] = { ref, note: "its value could not be resolved" };
}
const refAt = (base, ...path) => ({ ...base, path: [...base.path, ...path] });

;// CONCATENATED MODULE: ./src/extract/values.ts
/** Small readers shared by adapters: manifests hold numbers as strings and maps where lists were expected. */
/** A value that is set in the manifest but cannot be known without deploying (an env lookup, `!If`, …). */
const UNRESOLVED = Symbol("unresolved");
function isDict(value) {
    return typeof value === "object" && value !== null && !Array.isArray(value);
}
function asNumber(value) {
    if (typeof value === "number" && Number.isFinite(value))
        return value;
    if (typeof value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(value))
        return Number(value);
    return undefined;
}
function asString(value) {
    if (typeof value === "string")
        return value;
    if (typeof value === "number" || typeof value === "boolean")
        return String(value);
    return undefined;
}
function asBoolean(value) {
    if (typeof value === "boolean")
        return value;
    if (value === "true" || value === "false")
        return value === "true";
    return undefined;
}
/** Entries of a map, or of a list of single-key maps (both shapes appear for named collections). */
function namedEntries(value) {
    if (isDict(value))
        return Object.entries(value).map(([k, v]) => [k, v, [k]]);
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => isDict(item)
        ? Object.entries(item).map(([k, v]) => [k, v, [index, k]])
        : []);
}
/** The value at a path of mapping keys, or undefined when any step is missing. */
function valueAt(root, path) {
    let node = root;
    for (const key of path) {
        if (!isDict(node) || !(String(key) in node))
            return undefined;
        node = node[String(key)];
    }
    return node;
}
/** One item or a list of items, as a list (IAM `Action`, `Resource`, `Statement`). */
function asList(value) {
    if (value === undefined || value === null)
        return [];
    return Array.isArray(value) ? value : [value];
}
/** A table's own entry for a key that comes from a manifest: `__proto__` or `constructor` find nothing. */
function own(table, key) {
    return key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined;
}

;// CONCATENATED MODULE: ./src/extract/azure/bindings.ts

/** function.json trigger binding types and the trigger kind each one is. */
const TRIGGER_KINDS = {
    httptrigger: "http-other",
    queuetrigger: "queue",
    servicebustrigger: "queue",
    rabbitmqtrigger: "queue",
    eventhubtrigger: "stream",
    cosmosdbtrigger: "stream",
    kafkatrigger: "stream",
    timertrigger: "schedule",
    blobtrigger: "storage",
    eventgridtrigger: "event-bus",
};
/** The binding that triggers a function (`direction: in`, a type ending in `Trigger`), as a trigger. */
function bindingTrigger(binding) {
    const type = asString(binding.type);
    if (!type || !/trigger$/i.test(type))
        return undefined;
    const kind = own(TRIGGER_KINDS, type.toLowerCase()) ?? "other";
    const trigger = { kind, type };
    if (kind === "http-other")
        trigger.synchronous = true;
    const schedule = asString(binding.schedule);
    if (kind === "schedule" && schedule)
        trigger.schedule = schedule;
    const source = binding.queueName ?? binding.topicName ?? binding.eventHubName ?? binding.path ?? binding.collectionName;
    if (typeof source === "string")
        trigger.source = source;
    return trigger;
}
/** `hh:mm:ss` or `d.hh:mm:ss` (a .NET TimeSpan) in seconds; undefined for `-1` (unbounded) and anything else. */
function timeSpanSeconds(value) {
    const match = /^\s*(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:\.\d+)?\s*$/.exec(asString(value) ?? "");
    if (!match)
        return undefined;
    const [, days = "0", hours = "0", minutes = "0", seconds = "0"] = match;
    return ((Number(days) * 24 + Number(hours)) * 60 + Number(minutes)) * 60 + Number(seconds);
}

;// CONCATENATED MODULE: ./src/extract/azure/plans.ts

const plans_MAX_DEPTH = 12;
const FUNCTION_APP_TYPES = ["azurerm_linux_function_app", "azurerm_windows_function_app", "azurerm_function_app"];
/** Y1 / Dynamic is Consumption, EP* / ElasticPremium is Premium; any other App Service SKU is Dedicated. */
function planOfSku(sku) {
    if (/^(y1|dynamic)$/i.test(sku))
        return "consumption";
    if (/^(ep\d|elasticpremium)$/i.test(sku))
        return "premium";
    if (/^(fc1|flexconsumption)$/i.test(sku))
        return undefined;
    return "dedicated";
}
/**
 * Hosting plans declared for function apps: `Microsoft.Web/serverfarms` in ARM (and Bicep compiled to JSON)
 * whose kind is `functionapp` or whose tier is Dynamic / ElasticPremium, and Terraform `azurerm_service_plan`
 * (`sku_name`) or `azurerm_app_service_plan` (`sku.tier`) that a function app in the same file uses or that
 * only functions can use. Flex Consumption has other limits and is not mapped.
 */
function plansIn(file) {
    const doc = file.documents[0];
    if (file.format === "json" && isDict(doc) && /deploymentTemplate/i.test(asString(doc.$schema) ?? ""))
        return armPlans(doc, file.path, [], 0);
    if (file.format === "hcl" && file.path.endsWith(".tf") && isDict(doc))
        return terraformPlans(doc, file.path);
    return [];
}
function armPlans(node, file, path, depth) {
    if (depth > plans_MAX_DEPTH)
        return [];
    if (Array.isArray(node))
        return node.flatMap((item, index) => armPlans(item, file, [...path, index], depth + 1));
    if (!isDict(node))
        return [];
    if (asString(node.type)?.toLowerCase() === "microsoft.web/serverfarms" && isDict(node.sku)) {
        const tier = asString(node.sku.tier) ?? "";
        const name = asString(node.sku.name) ?? tier;
        const forFunctions = /functionapp|elastic/i.test(asString(node.kind) ?? "") || /^(dynamic|elasticpremium)$/i.test(tier);
        const plan = planOfSku(tier || name);
        return forFunctions && plan ? [{ plan, ref: { file, doc: 0, path: [...path, "sku"] }, sku: name }] : [];
    }
    return Object.entries(node).flatMap(([key, value]) => armPlans(value, file, [...path, key], depth + 1));
}
function terraformPlans(doc, file) {
    const resources = isDict(doc.resource) ? doc.resource : {};
    const used = new Set(FUNCTION_APP_TYPES.flatMap((type) => Object.values(isDict(resources[type]) ? resources[type] : {}))
        .filter(isDict)
        .map((app) => asString(app.service_plan_id ?? app.app_service_plan_id) ?? ""));
    const isUsed = (address) => [...used].some((reference) => reference.includes(`${address}.`));
    const found = [];
    const servicePlans = isDict(resources.azurerm_service_plan) ? resources.azurerm_service_plan : {};
    for (const [name, body] of Object.entries(servicePlans)) {
        const sku = isDict(body) ? asString(body.sku_name) : undefined;
        const plan = sku ? planOfSku(sku) : undefined;
        if (!sku || !plan || (plan === "dedicated" && !isUsed(`azurerm_service_plan.${name}`)))
            continue;
        found.push({ plan, ref: { file, doc: 0, path: ["resource", "azurerm_service_plan", name, "sku_name"] }, sku });
    }
    const legacyPlans = isDict(resources.azurerm_app_service_plan) ? resources.azurerm_app_service_plan : {};
    for (const [name, body] of Object.entries(legacyPlans)) {
        const sku = isDict(body) && Array.isArray(body.sku) && isDict(body.sku[0]) ? asString(body.sku[0].tier) : undefined;
        const plan = sku ? planOfSku(sku) : undefined;
        const forFunctions = isDict(body) && /functionapp|elastic/i.test(asString(body.kind) ?? "");
        if (!sku || !plan || !(forFunctions || isUsed(`azurerm_app_service_plan.${name}`)))
            continue;
        const path = ["resource", "azurerm_app_service_plan", name, "sku", 0, "tier"];
        found.push({ plan, ref: { file, doc: 0, path }, sku });
    }
    return found;
}
const PLAN_LABELS = {
    consumption: "Consumption",
    premium: "Premium",
    dedicated: "Dedicated",
};
function choosePlan(evidence) {
    const kinds = [...new Set(evidence.map((e) => e.plan))];
    const first = evidence[0];
    if (kinds.length === 1 && first) {
        const { file } = first.ref;
        return { plan: first.plan, note: `${PLAN_LABELS[first.plan]} plan declared in ${file} (sku ${first.sku})` };
    }
    if (kinds.length > 1)
        return { note: `several hosting plans are declared (${kinds.join(", ")}): the plan is unknown` };
    return { plan: "consumption", note: "Consumption plan assumed: no hosting plan is declared in the scanned files" };
}

;// CONCATENATED MODULE: ./src/extract/azure/adapter.ts





const AZURE_FORMAT = "azure-functions";
/** functionTimeout when host.json sets none: 5 min on Consumption, 30 min on Premium and Dedicated. */
const DEFAULT_TIMEOUTS = { consumption: 300, premium: 1800, dedicated: 1800 };
/**
 * Azure Functions (function.json model, v1 to v4 scripts): each `<name>/function.json` is a function named by
 * its folder; `functionTimeout` comes from the host.json of the nearest parent folder. The hosting plan comes
 * from ARM or Terraform plan declarations in the scan (see plans.ts); without any, Consumption is assumed and
 * every timeout says so.
 */
const azureFunctions = {
    name: AZURE_FORMAT,
    create: () => {
        const hosts = new Map();
        const functions = [];
        const plans = [];
        return {
            extract(file) {
                plans.push(...plansIn(file));
                const doc = file.documents[0];
                if (file.format !== "json" || !isDict(doc))
                    return;
                const name = external_node_path_namespaceObject.posix.basename(file.path);
                if (name === "host.json")
                    hosts.set(external_node_path_namespaceObject.posix.dirname(file.path), doc);
                else if (name === "function.json" && Array.isArray(doc.bindings) && file.path.includes("/"))
                    functions.push({ path: file.path, bindings: doc.bindings });
            },
            finish(sink) {
                const plan = choosePlan(plans);
                for (const file of functions)
                    sink.entity(azureFunction(file, nearestHost(file.path, hosts), plan));
            },
        };
    },
};
function nearestHost(functionPath, hosts) {
    let dir = external_node_path_namespaceObject.posix.dirname(external_node_path_namespaceObject.posix.dirname(functionPath));
    for (;;) {
        const doc = hosts.get(dir);
        if (doc)
            return { path: dir === "." ? "host.json" : `${dir}/host.json`, doc };
        if (dir === "." || dir === "/" || dir === "")
            return undefined;
        dir = external_node_path_namespaceObject.posix.dirname(dir);
    }
}
function azureFunction(file, host, choice) {
    const ref = { file: file.path, doc: 0, path: [] };
    const name = external_node_path_namespaceObject.posix.basename(external_node_path_namespaceObject.posix.dirname(file.path));
    const fn = createEntity({ kind: "function", name, platform: "azure-functions", format: AZURE_FORMAT, ref }, { triggers: [] });
    if (choice.plan)
        setField(fn, "plan", choice.plan, ref, choice.note);
    const timeout = host?.doc.functionTimeout;
    if (host && timeout !== undefined && timeout !== null) {
        const at = { file: host.path, doc: 0, path: ["functionTimeout"] };
        const seconds = timeSpanSeconds(timeout);
        if (seconds !== undefined)
            setField(fn, "timeout", seconds, at, choice.note);
        else if (asString(timeout)?.trim() !== "-1")
            markUnresolved(fn, "timeout", at);
    }
    else if (choice.plan) {
        const seconds = DEFAULT_TIMEOUTS[choice.plan];
        const note = `functionTimeout not set: the plan's default of ${seconds / 60} min applies; ${choice.note}`;
        setField(fn, "timeout", seconds, host ? { file: host.path, doc: 0, path: [] } : ref, note);
        fn.timeoutIsDefault = true;
    }
    file.bindings.forEach((binding, index) => {
        if (!isDict(binding) || (binding.direction !== undefined && binding.direction !== "in"))
            return;
        const trigger = bindingTrigger(binding);
        if (!trigger)
            return;
        recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: { ...ref, path: ["bindings", index] } });
        fn.triggers.push(trigger);
    });
    return fn;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/intrinsics.ts

/** The name of an intrinsic function object (`Ref`, `Fn::GetAtt`, …), or undefined for plain data. */
function intrinsicName(value) {
    if (!isDict(value))
        return undefined;
    const keys = Object.keys(value);
    const [key] = keys;
    return keys.length === 1 && key !== undefined && (key === "Ref" || key.startsWith("Fn::")) ? key : undefined;
}
const SUB_VARIABLE = /\$\{([^}!][^}]*)\}/g;
/**
 * Reads CloudFormation values without deploying: literals, `Ref` to a Parameter's `Default` and `Fn::Sub` over
 * such parameters resolve; `!If`, `!FindInMap`, imports, pseudo parameters and resource attributes do not.
 * `pre` lets a host format resolve its own syntax first (Serverless `${self:…}` in `resources:`).
 */
class Intrinsics {
    parameters;
    pre;
    constructor(parameters, pre = (value) => value) {
        this.parameters = parameters;
        this.pre = pre;
    }
    /** A plain value, or UNRESOLVED: never a guess. */
    resolve(raw) {
        const value = this.pre(raw);
        if (value === UNRESOLVED)
            return UNRESOLVED;
        const name = intrinsicName(value);
        if (!name)
            return value;
        if (name === "Ref")
            return this.parameterDefault(value.Ref) ?? UNRESOLVED;
        if (name === "Fn::Sub") {
            const text = this.nameKey(value);
            return text === undefined || text.includes("${") ? UNRESOLVED : text;
        }
        return UNRESOLVED;
    }
    /**
     * A string that two references to the same name share: parameters become their defaults, other references
     * stay as `${Name}` / `${Name.Attribute}` tokens, so `!Sub /aws/lambda/${Fn}` and `!Join ['', [/aws/lambda/,
     * !Ref Fn]]` give the same key. Undefined for values whose text depends on a condition or a lookup.
     */
    nameKey(raw) {
        const value = this.pre(raw);
        if (typeof value === "string")
            return value;
        if (typeof value === "number")
            return String(value);
        const name = intrinsicName(value);
        const argument = name ? value[name] : undefined;
        switch (name) {
            case "Ref": {
                const parameter = this.parameterDefault(argument);
                return parameter === undefined ? `\${${String(argument)}}` : String(parameter);
            }
            case "Fn::GetAtt":
                return Array.isArray(argument) ? `\${${argument.map(String).join(".")}}` : undefined;
            case "Fn::Sub":
                return this.substitute(argument);
            case "Fn::Join":
                return this.join(argument);
            default:
                return undefined;
        }
    }
    /** Logical ids a value refers to, through `Ref`, `Fn::GetAtt` or `${…}` in `Fn::Sub`, anywhere inside it. */
    references(value) {
        const found = [];
        const walk = (node) => {
            const name = intrinsicName(node);
            const argument = name ? node[name] : undefined;
            if (name === "Ref" && typeof argument === "string")
                found.push(argument);
            else if (name === "Fn::GetAtt" && Array.isArray(argument) && typeof argument[0] === "string") {
                found.push(argument[0]);
            }
            else if (name === "Fn::Sub") {
                const text = Array.isArray(argument) ? argument[0] : argument;
                if (typeof text === "string") {
                    for (const match of text.matchAll(SUB_VARIABLE))
                        found.push(match[1].split(".")[0]);
                }
                if (Array.isArray(argument))
                    walk(argument[1]);
            }
            else if (Array.isArray(node))
                node.forEach(walk);
            else if (isDict(node))
                Object.values(node).forEach(walk);
        };
        walk(value);
        return found;
    }
    /** Text for a message: the name key, else the intrinsic's name (`<Fn::If>`). */
    describe(value) {
        return this.nameKey(value) ?? (typeof value === "string" ? value : `<${intrinsicName(value) ?? "value"}>`);
    }
    parameterDefault(name) {
        if (typeof name !== "string")
            return undefined;
        const parameter = this.parameters[name];
        const value = isDict(parameter) ? this.pre(parameter.Default) : undefined;
        return typeof value === "string" || typeof value === "number" ? value : undefined;
    }
    substitute(argument) {
        const [text, variables] = Array.isArray(argument) ? argument : [argument, {}];
        if (typeof text !== "string")
            return undefined;
        let failed = false;
        const result = text.replace(SUB_VARIABLE, (token, variable) => {
            const own = isDict(variables) && variable in variables ? this.nameKey(variables[variable]) : undefined;
            const value = own ?? this.parameterDefault(variable);
            if (isDict(variables) && variable in variables && own === undefined)
                failed = true;
            return value === undefined ? token : String(value);
        });
        return failed ? undefined : result;
    }
    join(argument) {
        if (!Array.isArray(argument) || typeof argument[0] !== "string" || !Array.isArray(argument[1]))
            return undefined;
        const parts = argument[1].map((part) => this.nameKey(part));
        return parts.every((part) => part !== undefined) ? parts.join(argument[0]) : undefined;
    }
}
/**
 * The key that joins an event source to a queue entity: `cfn:<file>#<LogicalId>` for a reference to a queue in
 * the same template, `sqs:<name>` for an SQS ARN whose queue name is known.
 */
function queueKey(value, file, intrinsics) {
    const name = intrinsicName(value);
    const argument = name ? value[name] : undefined;
    if (name === "Fn::GetAtt" && Array.isArray(argument) && typeof argument[0] === "string") {
        return `cfn:${file}#${argument[0]}`;
    }
    if (name === "Ref" && typeof argument === "string" && intrinsics.resolve(value) === UNRESOLVED) {
        return `cfn:${file}#${argument}`;
    }
    const text = intrinsics.nameKey(value);
    const arn = text === undefined ? undefined : /^arn:[^:]*:sqs:.*:([^:${}]+)$/.exec(text);
    return arn ? `sqs:${arn[1]}` : undefined;
}

;// CONCATENATED MODULE: ./src/extract/iam.ts


/** AWS managed policies that grant everything; they count as `Allow * on *`. */
const ADMIN_POLICY = /(^|\/)AdministratorAccess$/;
/**
 * The statements of a policy document's `Statement` (one statement or a list), each with its own reference so
 * a finding lands on the statement's line. Resources that are references become text (`${Table.Arn}`); an
 * action that cannot be resolved (`!If`, `${env:…}`) is left out rather than guessed at.
 */
function documentStatements(statements, owner, ref, intrinsics, sink) {
    const list = Array.isArray(statements)
        ? statements.map((s, i) => [s, refAt(ref, i)])
        : [[statements, ref]];
    for (const [raw, statementRef] of list) {
        if (!isDict(raw) || typeof raw.Effect !== "string")
            continue;
        sink.statement({
            owner,
            effect: raw.Effect,
            actions: asList(raw.Action)
                .map((action) => intrinsics.resolve(action))
                .filter((action) => typeof action === "string"),
            resources: asList(raw.Resource).map((resource) => intrinsics.describe(resource)),
            ref: statementRef,
        });
    }
}
/** A managed policy attached by name or ARN: only the ones that grant everything become a statement. */
function managedPolicyStatement(name, owner, ref) {
    if (!ADMIN_POLICY.test(name))
        return undefined;
    return { owner, effect: "Allow", actions: ["*"], resources: ["*"], ref };
}

;// CONCATENATED MODULE: ./src/extract/serverless/events.ts


/** Serverless Framework event names and the trigger kind each one is (AWS provider). */
const EVENT_KINDS = {
    http: "http-rest",
    httpApi: "http-api",
    websocket: "http-other",
    alb: "http-other",
    sqs: "queue",
    activemq: "queue",
    rabbitmq: "queue",
    stream: "stream",
    kafka: "stream",
    msk: "stream",
    sns: "pubsub",
    s3: "storage",
    schedule: "schedule",
    eventBridge: "event-bus",
    cloudwatchEvent: "event-bus",
    cloudwatchLog: "other",
    cognitoUserPool: "other",
    iot: "other",
    iotFleetProvisioning: "other",
    alexaSkill: "other",
    alexaSmartHome: "other",
    cloudFront: "http-other",
};
/** `provider.name: google`: HTTP functions sit behind Google's front end, not API Gateway; events are Pub/Sub or storage. */
const GOOGLE_EVENT_KINDS = { http: "http-other", event: "pubsub" };
function toTrigger(type, settings, variables, context) {
    const kind = (context.platform === "gcp-functions" ? own(GOOGLE_EVENT_KINDS, type) : own(EVENT_KINDS, type)) ?? "other";
    const trigger = { kind, type };
    const resolved = variables.resolve(settings);
    const options = isDict(resolved) ? resolved : {};
    if (kind === "http-rest" || kind === "http-api")
        trigger.synchronous = options.async !== true;
    if (context.platform === "gcp-functions" && type === "event" && /storage/i.test(String(options.eventType))) {
        trigger.kind = "storage";
    }
    const source = sourceOf(type, resolved, options);
    if (source !== undefined)
        trigger.source = source;
    if (type === "sqs" && source !== undefined) {
        const key = queueKey(source, context.file, context.intrinsics);
        if (key)
            trigger.sourceKey = key;
    }
    if (type === "schedule" && options.enabled !== false) {
        const rate = typeof resolved === "string" ? resolved : options.rate;
        const first = Array.isArray(rate) ? rate[0] : rate;
        if (typeof first === "string")
            trigger.schedule = first;
    }
    for (const key of [
        "batchSize",
        "maximumConcurrency",
        "maximumRetryAttempts",
        "destinations",
        "functionResponseType",
    ]) {
        const value = options[key];
        if (value !== undefined && value !== UNRESOLVED)
            trigger[key] = value;
    }
    return trigger;
}
function sourceOf(type, resolved, options) {
    if (typeof resolved === "string" && type !== "schedule")
        return resolved;
    const value = options.arn ?? options.queue ?? options.topicName ?? options.bucket ?? options.stream ?? options.resource;
    return value === UNRESOLVED ? undefined : value;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/template.ts



const CLOUDFORMATION_FORMAT = "cloudformation";
const SAM_FORMAT = "aws-sam";
function createTemplate(root, where, sink, pre) {
    const globals = isDict(root.Globals) && isDict(root.Globals.Function) ? root.Globals.Function : {};
    const parameters = isDict(root.Parameters) ? root.Parameters : {};
    const resources = isDict(root.Resources) ? root.Resources : {};
    return { ...where, resources, globals, intrinsics: new Intrinsics(parameters, pre), sink };
}
const at = (template, ...path) => ({
    file: template.file,
    doc: template.doc,
    path: [...template.base, ...path],
});
function resourcesOf(template, ...types) {
    return Object.entries(template.resources).flatMap(([id, resource]) => {
        if (!isDict(resource) || typeof resource.Type !== "string" || !types.includes(resource.Type))
            return [];
        const properties = isDict(resource.Properties) ? resource.Properties : {};
        const ref = (...path) => at(template, "Resources", id, ...(path.length ? ["Properties", ...path] : []));
        return [{ id, type: resource.Type, properties, ref }];
    });
}
/** Resolves a value into a field: set with its origin, or marked unresolved; never a guess. */
function template_assign(template, entity, field, raw, ref, convert, note) {
    const value = template.intrinsics.resolve(raw);
    const converted = value === UNRESOLVED ? undefined : convert(value);
    if (converted === undefined)
        markUnresolved(entity, field, ref);
    else
        setField(entity, field, converted, ref, note);
}
/** The function a value points at: by logical id (`Ref`, `GetAtt`, `${Fn.Arn}`) or by its name or ARN. */
function functionFor(template, functions, value) {
    const ids = new Set(template.intrinsics.references(value));
    const byId = functions.find((fn) => ids.has(fn.id));
    if (byId)
        return byId;
    const key = template.intrinsics.nameKey(value);
    if (key === undefined)
        return undefined;
    const name = /^arn:[^:]*:lambda:[^:]*:[^:]*:function:([^:]+)/.exec(key)?.[1] ?? key;
    return functions.find((fn) => fn.nameKeys.includes(name));
}
/** A numeric setting at a path, when it resolves to a number. */
function numberAt(template, properties, path) {
    const raw = valueAt(properties, path);
    const value = raw === undefined ? undefined : template.intrinsics.resolve(raw);
    return value === UNRESOLVED ? undefined : asNumber(value);
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/gateways.ts



const GATEWAY_TYPES = {
    "AWS::ApiGateway::RestApi": "REST",
    "AWS::Serverless::Api": "REST",
    "AWS::ApiGatewayV2::Api": "HTTP",
    "AWS::Serverless::HttpApi": "HTTP",
};
/**
 * API Gateway resources: each REST or HTTP API is a gateway entity, and each Lambda integration (REST
 * `AWS::ApiGateway::Method`, v2 `AWS::ApiGatewayV2::Integration`) is a synchronous HTTP trigger on the function
 * its URI names, with the integration's own timeout when it sets one.
 */
function joinGateways(template, functions) {
    for (const resource of resourcesOf(template, ...Object.keys(GATEWAY_TYPES))) {
        const protocol = valueAt(resource.properties, ["ProtocolType"]) ?? own(GATEWAY_TYPES, resource.type);
        const gateway = createEntity({ kind: "gateway", name: resource.id, platform: "aws-api-gateway", format: template.format, ref: resource.ref() }, { gatewayKind: resource.type, protocol });
        template.sink.entity(gateway);
    }
    for (const resource of resourcesOf(template, "AWS::ApiGateway::Method")) {
        const integration = valueAt(resource.properties, ["Integration"]);
        const fn = functionFor(template, functions, valueAt(integration, ["Uri"]));
        if (fn)
            addIntegration(template, fn, resource, "http-rest", ["Integration", "TimeoutInMillis"]);
    }
    for (const resource of resourcesOf(template, "AWS::ApiGatewayV2::Integration")) {
        const fn = functionFor(template, functions, resource.properties.IntegrationUri);
        if (fn)
            addIntegration(template, fn, resource, v2Kind(template, resource), ["TimeoutInMillis"]);
    }
}
function addIntegration(template, fn, resource, kind, timeoutPath) {
    const trigger = { kind, type: resource.type, synchronous: true };
    const millis = numberAt(template, resource.properties, timeoutPath);
    if (millis !== undefined) {
        trigger.integrationTimeout = integrationCutoff(template, millis, kind, resource.properties.RestApiId);
    }
    recordOrigin(fn.entity, `triggers.${fn.entity.triggers.length}`, { ref: resource.ref() });
    fn.entity.triggers.push(trigger);
}
/** A v2 integration belongs to an HTTP API unless its API is a WebSocket one. */
function v2Kind(template, resource) {
    const [apiId] = template.intrinsics.references(resource.properties.ApiId);
    const protocol = apiId ? valueAt(template.resources, [apiId, "Properties", "ProtocolType"]) : undefined;
    return protocol === "WEBSOCKET" ? "http-other" : "http-api";
}
/** The defaults the gateways cut at; a REST API may raise its own, an HTTP API may not. */
const REST_DEFAULT_CUTOFF = 29;
const HTTP_API_MAX_CUTOFF = 30;
/**
 * The cut-off an integration's `TimeoutInMillis` gives. HTTP APIs allow at most 30 s. REST APIs allow more than
 * 29 s only for Regional and private endpoints (an account quota raise, since June 2024): edge-optimized APIs,
 * the default for `AWS::ApiGateway::RestApi` and SAM's implicit API, stay at 29 s whatever the integration says.
 */
function integrationCutoff(template, millis, kind, restApi) {
    const seconds = millis / 1000;
    if (kind === "http-api")
        return Math.min(seconds, HTTP_API_MAX_CUTOFF);
    if (kind !== "http-rest" || seconds <= REST_DEFAULT_CUTOFF)
        return seconds;
    const [apiId] = restApi === undefined ? [] : template.intrinsics.references(restApi);
    const endpoint = apiId ? endpointTypes(template, apiId) : [];
    return endpoint.some((type) => type === "REGIONAL" || type === "PRIVATE") ? seconds : REST_DEFAULT_CUTOFF;
}
/** `EndpointConfiguration` of a REST API: `{ Types: [...] }` (CloudFormation), a string or `{ Type }` (SAM). */
function endpointTypes(template, apiId) {
    const configuration = valueAt(template.resources, [apiId, "Properties", "EndpointConfiguration"]);
    const resolved = template.intrinsics.resolve(configuration);
    if (typeof resolved === "string")
        return [resolved];
    const types = valueAt(resolved, ["Types"]) ?? valueAt(resolved, ["Type"]);
    return (Array.isArray(types) ? types : [types]).map((type) => String(template.intrinsics.resolve(type)));
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/events.ts





/** SAM event source types and the trigger kind each one is. */
const SAM_EVENT_KINDS = {
    Api: "http-rest",
    HttpApi: "http-api",
    SQS: "queue",
    MQ: "queue",
    Kinesis: "stream",
    DynamoDB: "stream",
    MSK: "stream",
    SelfManagedKafka: "stream",
    DocumentDB: "stream",
    SNS: "pubsub",
    S3: "storage",
    Schedule: "schedule",
    ScheduleV2: "schedule",
    EventBridgeRule: "event-bus",
    CloudWatchEvent: "event-bus",
};
/** Where each event type names what it reads. */
const SOURCE_PROPERTIES = ["Queue", "Stream", "Topic", "Bucket", "Broker", "Cluster", "EventBusName"];
/** One SAM event (`Events.<name>`) as a trigger; stream on-failure destinations count for the function. */
function samTrigger(template, event, fn, ref) {
    if (!isDict(event) || typeof event.Type !== "string")
        return undefined;
    const properties = isDict(event.Properties) ? event.Properties : {};
    const kind = own(SAM_EVENT_KINDS, event.Type) ?? "other";
    const trigger = { kind, type: event.Type };
    if (kind === "http-rest" || kind === "http-api")
        trigger.synchronous = true;
    const property = SOURCE_PROPERTIES.find((name) => properties[name] !== undefined);
    if (property)
        trigger.source = properties[property];
    if (event.Type === "SQS") {
        const key = queueKey(properties.Queue, template.file, template.intrinsics);
        if (key)
            trigger.sourceKey = key;
    }
    const schedule = template.intrinsics.resolve(properties.Schedule ?? properties.ScheduleExpression);
    const disabled = properties.Enabled === false || properties.State === "DISABLED";
    if (kind === "schedule" && typeof schedule === "string" && !disabled)
        trigger.schedule = schedule;
    const maximumConcurrency = numberAt(template, properties, ["ScalingConfig", "MaximumConcurrency"]);
    if (maximumConcurrency !== undefined)
        trigger.maximumConcurrency = maximumConcurrency;
    const millis = numberAt(template, properties, ["TimeoutInMillis"]);
    if (millis !== undefined)
        trigger.integrationTimeout = integrationCutoff(template, millis, kind, properties.RestApiId);
    const onFailure = valueAt(properties, ["DestinationConfig", "OnFailure"]);
    if (isDict(onFailure) && fn.failureDestination !== true) {
        setField(fn, "failureDestination", true, refAt(ref, "Properties", "DestinationConfig", "OnFailure"));
    }
    return trigger;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/iam.ts




/** Statements of IAM roles, users, groups and policies (inline documents and all-granting managed policies). */
function extractIamStatements(template) {
    for (const resource of resourcesOf(template, "AWS::IAM::Role", "AWS::IAM::User", "AWS::IAM::Group")) {
        const policies = Array.isArray(resource.properties.Policies) ? resource.properties.Policies : [];
        policies.forEach((policy, index) => {
            const statements = valueAt(policy, ["PolicyDocument", "Statement"]);
            if (statements !== undefined) {
                const ref = resource.ref("Policies", index, "PolicyDocument", "Statement");
                statementsOf(template, resource.id, statements, ref);
            }
        });
        managedPolicies(template, resource.id, resource.properties.ManagedPolicyArns, resource.ref("ManagedPolicyArns"));
    }
    for (const resource of resourcesOf(template, "AWS::IAM::Policy", "AWS::IAM::ManagedPolicy")) {
        const statements = valueAt(resource.properties, ["PolicyDocument", "Statement"]);
        if (statements !== undefined) {
            statementsOf(template, resource.id, statements, resource.ref("PolicyDocument", "Statement"));
        }
    }
}
/**
 * SAM `Policies`: a managed policy name or ARN, an inline document, or a list of those and of policy templates
 * (`DynamoDBCrudPolicy: { TableName: … }`, scoped by construction, so not statements here).
 */
function samPolicyStatements(template, owner, policies, ref) {
    const items = Array.isArray(policies)
        ? policies.map((p, i) => [p, refAt(ref, i)])
        : [[policies, ref]];
    for (const [policy, itemRef] of items) {
        if (isDict(policy) && "Statement" in policy) {
            statementsOf(template, owner, policy.Statement, refAt(itemRef, "Statement"));
        }
        else if (policy !== undefined && !isDict(policy)) {
            managedPolicies(template, owner, [policy], itemRef, false);
        }
    }
}
function statementsOf(template, owner, statements, ref) {
    documentStatements(statements, owner, ref, template.intrinsics, template.sink);
}
function managedPolicies(template, owner, arns, ref, indexed = true) {
    if (!Array.isArray(arns))
        return;
    arns.forEach((arn, index) => {
        const name = template.intrinsics.nameKey(arn);
        const statement = name === undefined ? undefined : managedPolicyStatement(name, owner, indexed ? refAt(ref, index) : ref);
        if (statement)
            template.sink.statement(statement);
    });
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/functions.ts






const LAMBDA_DEFAULT_TIMEOUT = 3;
/**
 * The part of `path` that is set in `root`: the whole path, or the prefix where an intrinsic function stands
 * for the rest (`ProvisionedConcurrencyConfig: !If […]`), whose value then stays unresolved.
 */
function presentPath(root, path) {
    for (let length = 1; length <= path.length; length++) {
        const value = valueAt(root, path.slice(0, length));
        if (value === undefined)
            return undefined;
        if (intrinsicName(value) !== undefined)
            return path.slice(0, length);
    }
    return path;
}
/** `AWS::Lambda::Function` and SAM's `AWS::Serverless::Function`, with what SAM functions inherit from Globals. */
function extractFunctions(template) {
    return resourcesOf(template, "AWS::Lambda::Function", "AWS::Serverless::Function").map((resource) => {
        const sam = resource.type === "AWS::Serverless::Function";
        const own = resource.properties;
        const fn = createEntity({ kind: "function", name: resource.id, platform: "aws-lambda", format: template.format, ref: resource.ref() }, { triggers: [] });
        /** The function's own property, else (SAM) the Globals one; true when either was present. */
        const read = (field, path, convert) => {
            const ownPath = presentPath(own, path);
            if (ownPath) {
                template_assign(template, fn, field, valueAt(own, ownPath), resource.ref(...ownPath), convert);
                return true;
            }
            const inheritedPath = sam ? presentPath(template.globals, path) : undefined;
            if (!inheritedPath)
                return false;
            const note = `inherited from Globals.Function.${path.join(".")}`;
            const ref = at(template, "Globals", "Function", ...inheritedPath);
            template_assign(template, fn, field, valueAt(template.globals, inheritedPath), ref, convert, note);
            return true;
        };
        if (!read("timeout", ["Timeout"], asNumber)) {
            const note = `timeout not set: the AWS Lambda default of ${LAMBDA_DEFAULT_TIMEOUT} s applies`;
            setField(fn, "timeout", LAMBDA_DEFAULT_TIMEOUT, resource.ref(), note);
        }
        read("memory", ["MemorySize"], asNumber);
        read("runtime", ["Runtime"], asString);
        read("reservedConcurrency", ["ReservedConcurrentExecutions"], asNumber);
        read("provisionedConcurrency", ["ProvisionedConcurrencyConfig", "ProvisionedConcurrentExecutions"], asNumber);
        read("snapStart", ["SnapStart", "ApplyOn"], (v) => v === "PublishedVersions");
        read("tracing", ["Tracing"], (v) => v === "Active") ||
            read("tracing", ["TracingConfig", "Mode"], (v) => v === "Active");
        read("failureDestination", ["DeadLetterQueue"], isDict) ||
            read("failureDestination", ["DeadLetterConfig"], (v) => isDict(v) && "TargetArn" in v) ||
            read("failureDestination", ["EventInvokeConfig", "DestinationConfig", "OnFailure"], isDict);
        const events = isDict(own.Events) ? own.Events : {};
        for (const [name, event] of Object.entries(events)) {
            const ref = resource.ref("Events", name);
            const trigger = samTrigger(template, event, fn, ref);
            if (!trigger)
                continue;
            recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref });
            fn.triggers.push(trigger);
        }
        if (sam && isDict(own.FunctionUrlConfig)) {
            recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: resource.ref("FunctionUrlConfig") });
            fn.triggers.push({ kind: "http-other", type: "FunctionUrlConfig", synchronous: true });
        }
        if (sam)
            samPolicyStatements(template, resource.id, own.Policies, resource.ref("Policies"));
        const functionName = own.FunctionName === undefined ? undefined : template.intrinsics.nameKey(own.FunctionName);
        const nameKeys = [`\${${resource.id}}`, ...(functionName === undefined ? [] : [functionName])];
        const logGroup = valueAt(own, ["LoggingConfig", "LogGroup"]) ??
            (sam ? valueAt(template.globals, ["LoggingConfig", "LogGroup"]) : undefined);
        return { id: resource.id, entity: fn, nameKeys, logGroup };
    });
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/logs.ts


/**
 * `AWS::Logs::LogGroup` retention, given to the function whose logs the group holds: the group a function's
 * `LoggingConfig.LogGroup` names, or the one named `/aws/lambda/<function name>` (literal, `!Sub`, `!Join`).
 */
function joinLogGroups(template, functions) {
    for (const group of resourcesOf(template, "AWS::Logs::LogGroup")) {
        if (group.properties.RetentionInDays === undefined)
            continue;
        for (const fn of functions) {
            if (fn.entity.logRetentionDays === undefined && holdsLogsOf(template, group, fn)) {
                template_assign(template, fn.entity, "logRetentionDays", group.properties.RetentionInDays, group.ref("RetentionInDays"), asNumber);
            }
        }
    }
}
function holdsLogsOf(template, group, fn) {
    if (group.id === fn.logGroupId)
        return true;
    const groupName = template.intrinsics.nameKey(group.properties.LogGroupName);
    if (fn.logGroup !== undefined) {
        return (template.intrinsics.references(fn.logGroup).includes(group.id) ||
            (groupName !== undefined && template.intrinsics.nameKey(fn.logGroup) === groupName));
    }
    return groupName !== undefined && fn.nameKeys.some((name) => groupName === `/aws/lambda/${name}`);
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/sources.ts




/**
 * Resources that attach to a function from outside it: event source mappings (queues and streams), async
 * invoke configs (on-failure destinations), aliases and versions (provisioned concurrency).
 */
function joinEventSources(template, functions) {
    for (const resource of resourcesOf(template, "AWS::Lambda::EventSourceMapping")) {
        const fn = functionFor(template, functions, resource.properties.FunctionName);
        if (fn)
            addTrigger(fn, resource, mappingTrigger(template, resource));
        if (fn)
            addOnFailure(fn, resource);
    }
    for (const resource of resourcesOf(template, "AWS::Lambda::EventInvokeConfig")) {
        const fn = functionFor(template, functions, resource.properties.FunctionName);
        if (fn)
            addOnFailure(fn, resource);
    }
    for (const resource of resourcesOf(template, "AWS::Lambda::Alias", "AWS::Lambda::Version")) {
        const fn = functionFor(template, functions, resource.properties.FunctionName);
        const path = ["ProvisionedConcurrencyConfig", "ProvisionedConcurrentExecutions"];
        const provisioned = numberAt(template, resource.properties, path);
        if (fn && provisioned !== undefined && fn.entity.provisionedConcurrency === undefined) {
            setField(fn.entity, "provisionedConcurrency", provisioned, resource.ref(...path));
        }
    }
}
function addTrigger(fn, resource, trigger) {
    recordOrigin(fn.entity, `triggers.${fn.entity.triggers.length}`, { ref: resource.ref() });
    fn.entity.triggers.push(trigger);
}
/** `DestinationConfig.OnFailure` of a mapping or an invoke config gives the function a failure destination. */
function addOnFailure(fn, resource) {
    const onFailure = valueAt(resource.properties, ["DestinationConfig", "OnFailure"]);
    if (isDict(onFailure) && fn.entity.failureDestination !== true) {
        setField(fn.entity, "failureDestination", true, resource.ref("DestinationConfig", "OnFailure"));
    }
}
/** An event source mapping reads a queue (SQS, MQ) or a stream (Kinesis, DynamoDB, Kafka, DocumentDB). */
function mappingTrigger(template, resource) {
    const { properties } = resource;
    const source = properties.EventSourceArn;
    const target = template.intrinsics.references(source)[0];
    const targetType = target ? valueAt(template.resources, [target, "Type"]) : undefined;
    const text = template.intrinsics.nameKey(source) ?? "";
    const isQueue = targetType === "AWS::SQS::Queue" || /^arn:[^:]*:(sqs|mq):/.test(text) || "Queues" in properties;
    const trigger = { kind: isQueue ? "queue" : "stream", type: resource.type };
    if (source !== undefined)
        trigger.source = source;
    const key = isQueue ? queueKey(source, template.file, template.intrinsics) : undefined;
    if (key)
        trigger.sourceKey = key;
    const maximumConcurrency = numberAt(template, properties, ["ScalingConfig", "MaximumConcurrency"]);
    if (maximumConcurrency !== undefined)
        trigger.maximumConcurrency = maximumConcurrency;
    return trigger;
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/notifications.ts



/**
 * Services that invoke a function they name: EventBridge rules (a schedule or an event pattern), SNS
 * subscriptions, S3 bucket notifications, and function URLs (HTTP without API Gateway).
 */
function joinNotifications(template, functions) {
    const attach = (resource, target, trigger) => {
        const fn = functionFor(template, functions, target);
        if (fn)
            addTrigger(fn, resource, trigger);
    };
    for (const resource of resourcesOf(template, "AWS::Events::Rule")) {
        const schedule = template.intrinsics.resolve(resource.properties.ScheduleExpression);
        const disabled = resource.properties.State === "DISABLED";
        const trigger = typeof schedule === "string"
            ? { kind: "schedule", type: resource.type, ...(disabled ? {} : { schedule }) }
            : { kind: "event-bus", type: resource.type };
        for (const target of listOf(resource.properties.Targets))
            attach(resource, target.Arn, trigger);
    }
    for (const resource of resourcesOf(template, "AWS::SNS::Subscription")) {
        if (resource.properties.Protocol !== "lambda")
            continue;
        attach(resource, resource.properties.Endpoint, { kind: "pubsub", type: resource.type });
    }
    for (const resource of resourcesOf(template, "AWS::SNS::Topic")) {
        for (const subscription of listOf(resource.properties.Subscription)) {
            if (subscription.Protocol === "lambda")
                attach(resource, subscription.Endpoint, { kind: "pubsub", type: resource.type });
        }
    }
    for (const resource of resourcesOf(template, "AWS::S3::Bucket")) {
        const configurations = isDict(resource.properties.NotificationConfiguration)
            ? resource.properties.NotificationConfiguration.LambdaConfigurations
            : undefined;
        for (const configuration of listOf(configurations)) {
            attach(resource, configuration.Function, { kind: "storage", type: resource.type });
        }
    }
    for (const resource of resourcesOf(template, "AWS::Lambda::Url")) {
        const trigger = { kind: "http-other", type: resource.type, synchronous: true };
        attach(resource, resource.properties.TargetFunctionArn, trigger);
    }
}
function listOf(value) {
    return Array.isArray(value) ? value.filter(isDict) : [];
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/queues.ts



const SQS_DEFAULT_VISIBILITY_TIMEOUT = 30;
/** `AWS::SQS::Queue`: visibility timeout (SQS default when unset), redrive policy, and the keys triggers join on. */
function extractQueues(template) {
    for (const resource of resourcesOf(template, "AWS::SQS::Queue")) {
        const { properties } = resource;
        const keys = [`cfn:${template.file}#${resource.id}`];
        const queueName = properties.QueueName === undefined ? undefined : template.intrinsics.resolve(properties.QueueName);
        if (typeof queueName === "string")
            keys.push(`sqs:${queueName}`);
        const queue = createEntity({ kind: "queue", name: resource.id, platform: "aws-sqs", format: template.format, ref: resource.ref() }, { keys });
        if (properties.VisibilityTimeout === undefined) {
            const note = `VisibilityTimeout not set: the SQS default of ${SQS_DEFAULT_VISIBILITY_TIMEOUT} s applies`;
            setField(queue, "visibilityTimeout", SQS_DEFAULT_VISIBILITY_TIMEOUT, resource.ref(), note);
        }
        else {
            template_assign(template, queue, "visibilityTimeout", properties.VisibilityTimeout, resource.ref("VisibilityTimeout"), asNumber);
        }
        const redrive = properties.RedrivePolicy;
        if (redrive === undefined)
            setField(queue, "hasRedrive", false, resource.ref());
        else if (template.intrinsics.resolve(redrive) === UNRESOLVED)
            markUnresolved(queue, "hasRedrive", resource.ref("RedrivePolicy"));
        else
            setField(queue, "hasRedrive", true, resource.ref("RedrivePolicy"));
        template.sink.entity(queue);
    }
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/extract-template.ts







/**
 * Everything a template declares, joined within it. `hosted` are functions the host manifest declares outside
 * the template (Serverless `functions:` around its `resources:`), so the template's resources can reach them.
 */
function extractTemplate(template, hosted = []) {
    const own = extractFunctions(template);
    const functions = [...hosted, ...own];
    extractQueues(template);
    joinEventSources(template, functions);
    joinNotifications(template, functions);
    joinGateways(template, functions);
    joinLogGroups(template, functions);
    extractIamStatements(template);
    for (const fn of own)
        template.sink.entity(fn.entity);
}

;// CONCATENATED MODULE: ./src/extract/serverless/resources.ts



/**
 * The logical id stem the Serverless Framework gives a function's CloudFormation resources
 * (`<Stem>LambdaFunction`, `<Stem>LogGroup`): first letter upper-cased, `-` → `Dash`, `_` → `Underscore`.
 */
function logicalIdStem(functionName) {
    const normalized = functionName.replace(/-/g, "Dash").replace(/_/g, "Underscore");
    return normalized.charAt(0).toUpperCase() + normalized.slice(1);
}
/**
 * `resources:` is CloudFormation (a template, or a list of templates), read by the CloudFormation adapter with
 * paths below `resources`, so its queues, log groups and IAM resources join the stack's functions.
 */
function extractResources(resources, file, functions, resolve, sink, format) {
    const parts = Array.isArray(resources)
        ? resources.map((part, index) => [part, ["resources", index]])
        : [[resources, ["resources"]]];
    for (const [root, base] of parts) {
        if (!isDict(root))
            continue;
        extractTemplate(createTemplate(root, { file, doc: 0, base, format }, sink, resolve), functions);
    }
}

;// CONCATENATED MODULE: ./src/extract/serverless/functions.ts





const SERVERLESS_FORMAT = "serverless-framework";
/**
 * One function: its own settings, else the provider's (the origin says which applied), its events, failure
 * destinations and per-function IAM statements, with the names its CloudFormation resources get.
 */
function extractFunction(stack, name, definition, keyPath) {
    const { provider, platform, defaultTimeout, variables, intrinsics, sink } = stack;
    const resolve = (value) => variables.resolve(value);
    const at = (...path) => ({ file: stack.file, doc: 0, path });
    const declaration = at("functions", ...keyPath);
    const fn = createEntity({ kind: "function", name, platform, format: SERVERLESS_FORMAT, ref: declaration }, { triggers: [] });
    const fieldAt = (...path) => at("functions", ...keyPath, ...path);
    /** A function's own value, else the provider's, each resolved; the origin says which one applied. */
    const read = (field, own, fromProvider, convert) => {
        if (own in definition)
            return assign(field, definition[own], fieldAt(own), convert);
        const inherited = valueAt(provider, fromProvider);
        if (inherited !== undefined) {
            assign(field, inherited, at("provider", ...fromProvider), convert, `inherited from provider.${fromProvider.join(".")}`);
        }
    };
    const assign = (field, raw, ref, convert, note) => {
        const value = resolve(raw);
        const converted = value === UNRESOLVED ? undefined : convert(value);
        if (converted === undefined)
            markUnresolved(fn, field, ref);
        else
            setField(fn, field, converted, ref, note);
    };
    read("timeout", "timeout", ["timeout"], asNumber);
    if (defaultTimeout !== undefined && fn.timeout === undefined && !fn.unresolved?.includes("timeout")) {
        setField(fn, "timeout", defaultTimeout, declaration, `timeout not set: the Serverless Framework default of ${defaultTimeout} s applies`);
    }
    read("memory", "memorySize", ["memorySize"], asNumber);
    read("runtime", "runtime", ["runtime"], asString);
    read("reservedConcurrency", "reservedConcurrency", ["reservedConcurrency"], asNumber);
    read("provisionedConcurrency", "provisionedConcurrency", ["provisionedConcurrency"], asNumber);
    read("tracing", "tracing", ["tracing", "lambda"], tracingEnabled);
    read("snapStart", "snapStart", ["snapStart"], (v) => v === true || v === "PublishedVersions");
    read("logRetentionDays", "logRetentionInDays", ["logRetentionInDays"], asNumber);
    if (definition.onError !== undefined)
        assign("failureDestination", definition.onError, fieldAt("onError"), () => true);
    else if (valueAt(definition, ["destinations", "onFailure"]) !== undefined) {
        const onFailure = valueAt(definition, ["destinations", "onFailure"]);
        assign("failureDestination", onFailure, fieldAt("destinations", "onFailure"), () => true);
    }
    const events = Array.isArray(definition.events) ? definition.events : [];
    events.forEach((event, index) => {
        const [type, settings] = isDict(event) ? (Object.entries(event)[0] ?? []) : [];
        if (typeof type !== "string")
            return;
        recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: fieldAt("events", index) });
        fn.triggers.push(toTrigger(type, settings, variables, { platform, file: stack.file, intrinsics }));
        const onFailure = valueAt(resolve(settings), ["destinations", "onFailure"]);
        if (onFailure !== undefined && fn.failureDestination !== true) {
            setField(fn, "failureDestination", true, fieldAt("events", index, type, "destinations", "onFailure"));
        }
    });
    if (definition.url !== undefined && definition.url !== false) {
        recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref: fieldAt("url") });
        fn.triggers.push({ kind: "http-other", type: "url", synchronous: true });
    }
    if (Array.isArray(definition.iamRoleStatements)) {
        documentStatements(definition.iamRoleStatements, name, fieldAt("iamRoleStatements"), intrinsics, sink);
    }
    const stem = logicalIdStem(name);
    const deployedName = asString(resolve(definition.name)) ?? `${stack.service}-${stack.stage}-${name}`;
    return {
        id: `${stem}LambdaFunction`,
        entity: fn,
        nameKeys: [`\${${stem}LambdaFunction}`, deployedName],
        logGroupId: `${stem}LogGroup`,
    };
}
/** `tracing: true`, `Active` or `{ lambda: true }` mean active tracing; `PassThrough` does not. */
function tracingEnabled(value) {
    if (typeof value === "boolean")
        return value;
    if (typeof value === "string")
        return value.toLowerCase() === "active" || value === "true";
    if (isDict(value) && "lambda" in value)
        return tracingEnabled(value.lambda);
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/serverless/iam.ts


/** Where a stack declares the statements of the role its functions share, and their managed policies. */
const SHARED_STATEMENTS = [
    ["provider", "iam", "role", "statements"],
    ["provider", "iamRoleStatements"],
];
const SHARED_MANAGED_POLICIES = [
    ["provider", "iam", "role", "managedPolicies"],
    ["provider", "iamManagedPolicies"],
];
/** IAM statements of the role a stack's functions share (`provider.iam.role.statements`, `iamRoleStatements`). */
function providerStatements(doc, service, at, intrinsics, sink) {
    for (const path of SHARED_STATEMENTS) {
        const statements = valueAt(doc, path);
        if (Array.isArray(statements))
            documentStatements(statements, `${service} (provider role)`, at(...path), intrinsics, sink);
    }
    for (const path of SHARED_MANAGED_POLICIES) {
        const policies = valueAt(doc, path);
        if (!Array.isArray(policies))
            continue;
        policies.forEach((policy, index) => {
            const name = intrinsics.nameKey(policy);
            const statement = name === undefined ? undefined : managedPolicyStatement(name, `${service} (provider role)`, at(...path, index));
            if (statement)
                sink.statement(statement);
        });
    }
}

;// CONCATENATED MODULE: ./src/extract/serverless/variables.ts
/**
 * Serverless Framework variables. Only sources that read the manifest itself are resolved (`self:`, `sls:`,
 * and `opt:` through its default): a scan of an untrusted pull request must never read the environment, files,
 * SSM, S3 or other stacks, so `${env:…}`, `${file(…)}`, `${ssm:…}` and the like stay unresolved.
 */

const variables_MAX_DEPTH = 10;
const MAX_REPLACEMENTS = 50;
const VARIABLE = /\$\{([^${}]*)\}/;
/** Sources other than the manifest itself and CLI options (which only count through their default). */
const EXTERNAL_SOURCE = /^(?!self:|sls:|opt:)[a-zA-Z0-9]+(:|\()/;
class VariableResolver {
    root;
    constructor(root) {
        this.root = root;
    }
    resolve(value, depth = 0) {
        if (typeof value !== "string" || !value.includes("${"))
            return value;
        if (depth > variables_MAX_DEPTH)
            return UNRESOLVED;
        let text = value;
        let replacements = 0;
        for (let match = VARIABLE.exec(text); match; match = VARIABLE.exec(text)) {
            if (++replacements > MAX_REPLACEMENTS)
                return UNRESOLVED;
            const result = this.expression(match[1], depth);
            if (result === UNRESOLVED)
                return UNRESOLVED;
            if (match[0] === text)
                return result;
            if (typeof result === "object" && result !== null)
                return UNRESOLVED;
            text = text.slice(0, match.index) + String(result) + text.slice(match.index + match[0].length);
        }
        return text;
    }
    /**
     * `a, b, c`: the first source with a value. A fallback after a source that reads the outside world (`env:`,
     * `ssm:`, …) is not taken: the real value would come from there at deploy time.
     */
    expression(expression, depth) {
        for (const candidate of splitTopLevel(expression).map((c) => c.trim())) {
            if (EXTERNAL_SOURCE.test(candidate))
                return UNRESOLVED;
            const result = this.source(candidate, depth);
            if (result !== UNRESOLVED && result !== undefined && result !== null)
                return result;
        }
        return UNRESOLVED;
    }
    source(text, depth) {
        const literal = /^(['"])(.*)\1$/.exec(text);
        if (literal)
            return literal[2];
        if (/^-?\d+(\.\d+)?$/.test(text))
            return Number(text);
        if (text === "true" || text === "false")
            return text === "true";
        const reference = /^([a-zA-Z]+):(.*)$/.exec(text);
        if (!reference)
            return UNRESOLVED;
        const [, kind, address = ""] = reference;
        if (kind === "self")
            return this.resolve(this.lookup(address), depth + 1);
        if (kind === "sls" && address === "stage")
            return this.stage(depth);
        return UNRESOLVED;
    }
    stage(depth) {
        const stage = this.resolve(this.lookup("provider.stage"), depth + 1);
        return stage === undefined ? "dev" : stage;
    }
    lookup(address) {
        let node = this.root;
        for (const key of address.split(".").filter(Boolean)) {
            if (typeof node !== "object" || node === null || !Object.hasOwn(node, key))
                return undefined;
            node = node[key];
        }
        return node;
    }
}
/** Splits `a, b, 'c, d'` on commas outside quotes. */
function splitTopLevel(expression) {
    const parts = [];
    let quote = "";
    let start = 0;
    for (let i = 0; i < expression.length; i++) {
        const char = expression[i];
        if (quote) {
            if (char === quote)
                quote = "";
        }
        else if (char === "'" || char === '"') {
            quote = char;
        }
        else if (char === ",") {
            parts.push(expression.slice(start, i));
            start = i + 1;
        }
    }
    parts.push(expression.slice(start));
    return parts;
}

;// CONCATENATED MODULE: ./src/extract/serverless/adapter.ts






const MANIFEST_NAME = /(^|\/)serverless\.(ya?ml|json)$/;
/** Providers whose functions archlint models, and the timeout each applies when a function sets none. */
const PLATFORMS = {
    aws: { platform: "aws-lambda", defaultTimeout: 6 },
    google: { platform: "gcp-functions", defaultTimeout: 60 },
    azure: { platform: "azure-functions", defaultTimeout: 300 },
    knative: { platform: "knative", defaultTimeout: 300 },
};
/** `serverless.yml` by name, or any YAML/JSON file shaped like one (a service, a named provider, functions). */
function isServerlessManifest(file) {
    const doc = file.documents[0];
    if (!isDict(doc))
        return false;
    if (MANIFEST_NAME.test(file.path))
        return "functions" in doc || "provider" in doc;
    return (file.documents.length === 1 &&
        doc.service !== undefined &&
        isDict(doc.provider) &&
        typeof doc.provider.name === "string" &&
        (isDict(doc.functions) || Array.isArray(doc.functions)));
}
const serverlessFramework = {
    name: SERVERLESS_FORMAT,
    create: () => ({
        extract(file, sink) {
            if (isServerlessManifest(file))
                extractStack(file, file.documents[0], sink);
        },
    }),
};
/**
 * One `serverless.yml` stack: provider defaults, each function with its own settings and events, the IAM
 * statements of its roles, and its `resources:` (CloudFormation) joined to the functions.
 */
function extractStack(file, doc, sink) {
    const variables = new VariableResolver(doc);
    const resolve = (value) => variables.resolve(value);
    const intrinsics = new Intrinsics({}, resolve);
    const at = (...path) => ({ file: file.path, doc: 0, path });
    const provider = isDict(doc.provider) ? doc.provider : {};
    const providerName = asString(resolve(provider.name)) ?? "aws";
    const { platform, defaultTimeout } = own(PLATFORMS, providerName) ?? {
        platform: providerName,
        defaultTimeout: undefined,
    };
    const service = asString(resolve(isDict(doc.service) ? doc.service.name : doc.service)) ?? "service";
    const stage = asString(resolve(provider.stage)) ?? "dev";
    const stack = {
        file: file.path,
        provider,
        platform,
        defaultTimeout,
        service,
        stage,
        variables,
        intrinsics,
        sink,
    };
    const functions = namedEntries(doc.functions).flatMap(([name, definition, keyPath]) => isDict(definition) ? [extractFunction(stack, name, definition, keyPath)] : []);
    if (platform === "aws-lambda")
        providerStatements(doc, service, at, intrinsics, sink);
    if (doc.resources !== undefined) {
        extractResources(doc.resources, file.path, functions, resolve, sink, SERVERLESS_FORMAT);
    }
    for (const fn of functions)
        sink.entity(fn.entity);
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/detect.ts

const SAM_TRANSFORM = "AWS::Serverless-2016-10-31";
/** A CloudFormation template: it says so, or its `Resources` are typed `AWS::…` (SAM's `Serverless` ones too). */
function isCloudFormationTemplate(doc) {
    if (!isDict(doc))
        return false;
    if ("AWSTemplateFormatVersion" in doc && (isDict(doc.Resources) || doc.Resources === undefined))
        return true;
    return isDict(doc.Resources) && Object.values(doc.Resources).some(hasAwsType);
}
function hasAwsType(resource) {
    return isDict(resource) && typeof resource.Type === "string" && resource.Type.startsWith("AWS::");
}
/** SAM templates name the transform, as a string or in a list of transforms. */
function isSamTemplate(doc) {
    const transform = doc.Transform;
    return transform === SAM_TRANSFORM || (Array.isArray(transform) && transform.includes(SAM_TRANSFORM));
}

;// CONCATENATED MODULE: ./src/extract/cloudformation/adapter.ts




/** CloudFormation templates, YAML or JSON, and SAM templates (the same family, with Globals and events). */
const cloudFormation = {
    name: CLOUDFORMATION_FORMAT,
    create: () => ({
        extract(file, sink) {
            if (isServerlessManifest(file))
                return;
            file.documents.forEach((doc, index) => {
                if (!isCloudFormationTemplate(doc))
                    return;
                const format = isSamTemplate(doc) ? SAM_FORMAT : CLOUDFORMATION_FORMAT;
                extractTemplate(createTemplate(doc, { file: file.path, doc: index, base: [], format }, sink));
            });
        },
    }),
};

;// CONCATENATED MODULE: ./src/extract/containers/database.ts
const URL_VARS = /^(.*_)?(DATABASE_URL|DATABASE_URI|DB_URL|DB_URI|DSN|DATASOURCE_URL|JDBC_URL|MONGO_URL|MONGO_URI|MONGODB_URL|MONGODB_URI|POSTGRES_URL|POSTGRES_URI|MYSQL_URL|MYSQL_URI|DB_CONNECTION_STRING|CONNECTION_STRING)$/;
const HOST_VARS = /^(.*_)?(DB_HOST|DATABASE_HOST|POSTGRES_HOST|POSTGRESQL_HOST|MYSQL_HOST|MARIADB_HOST|MONGO_HOST|MONGODB_HOST|PGHOST|DB_SERVER)$/;
const NAME_VARS = /^(.*_)?(DB_NAME|DATABASE_NAME|DATABASE|POSTGRES_DB|POSTGRESQL_DATABASE|MYSQL_DATABASE|MARIADB_DATABASE|MONGO_DB|MONGODB_DATABASE|PGDATABASE|DB_DATABASE)$/;
/** `scheme://[user[:password]@]host[:port][,host2…][/name][?…]`, with an optional `jdbc:` prefix. */
const URL_SHAPE = /^(?:jdbc:)?[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?,;]+)(?::\d+)?(?:,[^/]*)?(?:\/([^?;/]+))?/i;
const unresolved = (value) => /\$\{|\$\(|\{\{/.test(value);
/**
 * The database a container is configured to use, read from its environment without resolving anything: a URL
 * variable (`DATABASE_URL`, `SPRING_DATASOURCE_URL`, `MONGO_URL`, …) or a host variable (`DB_HOST`,
 * `ORDERS_DB_HOST`, `PGHOST`, …) with a name variable (`DB_NAME`, `POSTGRES_DB`, …). Values that are references
 * (`${…}`, `$(…)`, secrets) are skipped; a database without a readable host is not reported.
 */
function databaseFromEnv(env) {
    for (const variable of env) {
        if (!variable.value || unresolved(variable.value) || !URL_VARS.test(variable.name.toUpperCase()))
            continue;
        const match = URL_SHAPE.exec(variable.value.trim());
        if (!match?.[1])
            continue;
        const database = { host: match[1].toLowerCase() };
        if (match[2])
            database.name = decodeURIComponent(match[2]);
        return { database, ref: variable.ref };
    }
    const host = env.find((v) => v.value && !unresolved(v.value) && HOST_VARS.test(v.name.toUpperCase()));
    if (!host?.value)
        return undefined;
    const name = env.find((v) => v.value && !unresolved(v.value) && NAME_VARS.test(v.name.toUpperCase()));
    const database = { host: host.value.trim().toLowerCase() };
    if (name?.value)
        database.name = name.value.trim();
    return { database, ref: host.ref };
}

;// CONCATENATED MODULE: ./src/extract/containers/off-the-shelf-images.json
const off_the_shelf_images_namespaceObject = /*#__PURE__*/JSON.parse('{"LZ":{"database":["postgres","postgresql","mysql","mariadb","mongo","mongodb","cassandra","couchdb","couchbase","cockroach","cockroachdb","neo4j","mssql-server","oracle","influxdb","clickhouse-server","clickhouse","timescaledb","spanner-emulator","dynamodb-local","etcd","scylla"],"cache":["redis","redis-stack","valkey","memcached","hazelcast","keydb","dragonfly","redismod"],"broker":["rabbitmq","kafka","cp-kafka","zookeeper","cp-zookeeper","nats","nats-streaming","activemq","artemis","pulsar","mosquitto","eclipse-mosquitto","redpanda","emqx","storm"],"proxy":["nginx","nginx-unprivileged","openresty","envoy","traefik","haproxy","caddy","httpd","kong","squid","ingress-nginx","nginx-ingress-controller","istio-proxyv2","istio/pilot","linkerd-proxy","oauth2-proxy","varnish","bitnami/apache","gce-proxy","cloud-sql-proxy","cloudsql-proxy","istio/proxyv2","esp","esp-v2"],"observability":["prometheus","alertmanager","pushgateway","node-exporter","kube-state-metrics","blackbox-exporter","grafana","jaeger","jaegertracing/all-in-one","jaeger-all-in-one","jaeger-collector","jaeger-query","jaeger-agent","zipkin","tempo","loki","promtail","elasticsearch","opensearch","opensearch-dashboards","kibana","logstash","fluentd","fluent-bit","opentelemetry-collector","opentelemetry-collector-contrib","otel-collector","otelcol","otelcol-contrib","telegraf","datadog-agent","datadog/agent","filebeat","metricbeat","cadvisor","thanos","mimir","vector","statsd-exporter","statsd"],"service-discovery":["consul","eureka","zookeeper-exporter","coredns"],"secrets":["vault"],"storage":["minio","localstack","azurite","fake-gcs-server","seaweedfs"],"utility":["busybox","alpine","ubuntu","debian","curl","pause","mailhog","mailpit","adminer","phpmyadmin","pgadmin4","mongo-express","redis-commander","selenium","wiremock","keycloak","sonarqube","jenkins","registry","portainer","wait-for-it","dockerize","hello-world","k8s-wait-for","kubectl","curlimages/curl","tiny-tools","pihole","cloudflared","spark","flink","zeppelin"],"search":["solr","meilisearch","typesense"]},"kT":{"-exporter":"observability","_exporter":"observability"},"eu":{"k8s.gcr.io/":"platform","registry.k8s.io/":"platform","gcr.io/google_containers/":"platform","gcr.io/google-containers/":"platform","quay.io/prometheus/":"observability","prom/":"observability","grafana/":"observability","docker.elastic.co/":"observability","jaegertracing/":"observability","otel/":"observability","bitnami/":"infrastructure","istio/":"proxy","docker.io/istio/":"proxy","selenium/":"utility","hazelcast/":"cache"}}');
;// CONCATENATED MODULE: ./src/extract/containers/images.ts

const BY_NAME = new Map();
for (const [category, names] of Object.entries(off_the_shelf_images_namespaceObject.LZ)) {
    for (const name of names)
        BY_NAME.set(name, category);
}
const SUFFIXES = Object.entries(off_the_shelf_images_namespaceObject.kT);
const PUBLISHERS = Object.entries(off_the_shelf_images_namespaceObject.eu);
/** `registry:5000/team/app:1.2@sha256:…` → `team/app`: the registry host, tag and digest removed, lowercased. */
function imageRepository(image) {
    let rest = image.trim().toLowerCase().split("@")[0] ?? "";
    const slash = rest.indexOf("/");
    const first = slash < 0 ? "" : rest.slice(0, slash);
    if (first.includes(".") || first.includes(":") || first === "localhost")
        rest = rest.slice(slash + 1);
    const lastSlash = rest.lastIndexOf("/");
    const colon = rest.indexOf(":", lastSlash + 1);
    return colon < 0 ? rest : rest.slice(0, colon);
}
/** The last path segment of an image's repository (`quay.io/prometheus/node-exporter:v1` → `node-exporter`). */
function imageBasename(image) {
    const repository = imageRepository(image);
    return repository.slice(repository.lastIndexOf("/") + 1);
}
/**
 * The category of a recognised off-the-shelf image (database, cache, broker, proxy, observability, …), or
 * undefined for an image archlint does not recognise (the team's own, as far as archlint can tell).
 */
function offTheShelfCategory(image) {
    const repository = imageRepository(image);
    if (!repository || repository.includes("{{") || repository.includes("${"))
        return undefined;
    const segments = repository.split("/");
    const last = segments.at(-1) ?? "";
    const lastTwo = segments.slice(-2).join("/");
    const named = BY_NAME.get(lastTwo) ?? BY_NAME.get(last);
    if (named)
        return named;
    const full = image
        .trim()
        .toLowerCase()
        .replace(/^docker\.io\/(library\/)?/, "");
    const publisher = PUBLISHERS.find(([prefix]) => full.startsWith(prefix));
    if (publisher)
        return publisher[1];
    return SUFFIXES.find(([suffix]) => last.endsWith(suffix))?.[1];
}
const SERVICE_SUFFIXES = /[-_](service|svc|deployment|deploy|server|app|api)$/;
/**
 * The key that identifies one service across formats: lowercased, non-alphanumerics folded to `-`, and one
 * common suffix (`-service`, `-svc`, `-deployment`, `-deploy`, `-server`, `-app`, `-api`) removed unless the name
 * is nothing but that suffix. `cart-service`, `Cart`, `cart_svc` all give `cart`.
 */
function serviceKey(name) {
    const folded = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "");
    const trimmed = folded.replace(SERVICE_SUFFIXES, "");
    return trimmed || folded;
}

;// CONCATENATED MODULE: ./src/extract/containers/ownership.ts

/**
 * A workload is the team's own unless every image it runs is a recognised off-the-shelf one. A build context
 * is positive evidence; a missing one is not evidence against (manifests often live apart from the code).
 */
function ownershipOf(images, buildContext) {
    if (buildContext !== undefined)
        return { owned: true, ownedReason: `build context ${buildContext}` };
    const unrecognised = images.find((image) => !offTheShelfCategory(image));
    if (unrecognised)
        return { owned: true, ownedReason: `image ${unrecognised} is not a recognised off-the-shelf image` };
    const first = images[0];
    if (!first)
        return { owned: true, ownedReason: "no image named, so not a recognised off-the-shelf image" };
    const component = offTheShelfCategory(first);
    return { owned: false, ownedReason: `${imageBasename(first)} is off-the-shelf (${component})`, component };
}

;// CONCATENATED MODULE: ./src/extract/compose/ports.ts

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|localhost|::1|\[::1\])$/;
/**
 * A `ports` entry in short (`"8080:80"`, `"127.0.0.1:8080:80/tcp"`, `"80"`) or long (`{target, published,
 * host_ip}`) syntax. Every form publishes on the host; `expose` (not read here) does not.
 */
function readPort(entry) {
    if (isDict(entry)) {
        const port = {};
        const published = asNumber(entry.published) ?? asString(entry.published);
        const target = asNumber(entry.target) ?? asString(entry.target);
        const hostIp = asString(entry.host_ip);
        if (published !== undefined)
            port.published = published;
        if (target !== undefined)
            port.target = target;
        if (hostIp)
            port.hostIp = hostIp;
        return port;
    }
    const text = asString(entry);
    if (!text)
        return undefined;
    const withoutProtocol = text.replace(/\/(tcp|udp|sctp)$/i, "");
    const ipv6 = /^\[([^\]]+)\]:(.*)$/.exec(withoutProtocol);
    const parts = ipv6 ? [`[${ipv6[1]}]`, ...(ipv6[2] ?? "").split(":")] : withoutProtocol.split(":");
    const port = {};
    const target = parts.at(-1);
    if (target)
        port.target = asNumber(target) ?? target;
    if (parts.length >= 2 && parts.at(-2))
        port.published = asNumber(parts.at(-2)) ?? parts.at(-2);
    if (parts.length >= 3 && parts[0])
        port.hostIp = parts[0];
    return port;
}
/** Published on every interface (reachable from other hosts), not bound to loopback only. */
const isPublic = (port) => !port.hostIp || !LOOPBACK.test(port.hostIp);

;// CONCATENATED MODULE: ./src/extract/compose/adapter.ts






const COMPOSE_FORMAT = "compose";
const COMPOSE_NAME = /(^|\/)(compose|docker-compose[^/]*)\.ya?ml$/i;
/** Off-the-shelf components that keep state: not stateless, whatever their replicas. */
const STATEFUL_COMPONENTS = new Set(["database", "cache", "broker", "storage", "search"]);
const composeFiles = {
    name: COMPOSE_FORMAT,
    create: () => ({
        extract(file, sink) {
            const doc = file.documents[0];
            if (file.format === "yaml" && COMPOSE_NAME.test(file.path) && isDict(doc) && isDict(doc.services)) {
                for (const [name, service] of Object.entries(doc.services)) {
                    if (isDict(service) && isDeployable(service))
                        extractService(file, name, service, sink);
                }
            }
        },
    }),
};
/**
 * A service with neither `image`, `build` nor `extends` is a fragment merged into the same service of another
 * compose file (`docker-compose.logging.yml` adding `logging:`): not a workload of its own.
 */
const isDeployable = (service) => "image" in service || "build" in service || "extends" in service;
function extractService(file, name, service, sink) {
    const ref = { file: file.path, doc: 0, path: ["services", name] };
    const image = asString(service.image);
    const build = buildContext(service.build);
    const healthcheck = isDict(service.healthcheck) && service.healthcheck.disable !== true;
    const container = { name, readinessProbe: healthcheck, requests: {}, longRunning: false };
    if (image)
        container.image = image;
    const workload = createEntity({ kind: "workload", name, platform: "compose", format: COMPOSE_FORMAT, ref }, { workloadType: "compose-service", containers: [container], podLabels: {}, images: image ? [image] : [] });
    recordOrigin(workload, "containers.0", { ref });
    Object.assign(workload, ownershipOf(workload.images, build));
    workload.serviceKey = serviceKey(name);
    workload.stateless = !STATEFUL_COMPONENTS.has(workload.component ?? "");
    if (build !== undefined)
        setField(workload, "build", build, refAt(ref, "build"));
    readReplicas(workload, service, ref);
    readReservations(workload, container, service, ref);
    const ports = Array.isArray(service.ports) ? service.ports : [];
    const published = ports.flatMap((entry) => readPort(entry) ?? []);
    if (published.length > 0) {
        setField(workload, "publishedPorts", published, refAt(ref, "ports"));
        if (published.some(isPublic))
            sink.entity(publishedService(workload, published, refAt(ref, "ports")));
    }
    const database = databaseFromEnv(environment(service.environment, refAt(ref, "environment")));
    if (database)
        setField(workload, "database", database.database, database.ref);
    sink.entity(workload);
}
function buildContext(build) {
    if (typeof build === "string")
        return build;
    if (isDict(build))
        return asString(build.context) ?? ".";
    return undefined;
}
function readReplicas(workload, service, ref) {
    const deploy = isDict(service.deploy) ? service.deploy : {};
    const [raw, at] = "replicas" in deploy ? [deploy.replicas, refAt(ref, "deploy", "replicas")] : [service.scale, refAt(ref, "scale")];
    if (raw === undefined)
        return;
    const replicas = asNumber(raw);
    if (replicas === undefined)
        markUnresolved(workload, "replicas", at);
    else
        setField(workload, "replicas", replicas, at);
}
/** `deploy.resources.reservations` are compose's requests (`cpus` is compose's name for cpu). */
function readReservations(workload, container, service, ref) {
    const deploy = isDict(service.deploy) ? service.deploy : {};
    const resources = isDict(deploy.resources) ? deploy.resources : {};
    const reservations = isDict(resources.reservations) ? resources.reservations : {};
    const at = refAt(ref, "deploy", "resources", "reservations");
    const cpu = asString(reservations.cpus);
    const memory = asString(reservations.memory);
    if (cpu !== undefined)
        container.requests.cpu = cpu;
    if (memory !== undefined)
        container.requests.memory = memory;
    if (cpu !== undefined || memory !== undefined)
        recordOrigin(workload, "containers.0.requests", { ref: at });
}
/** `environment` as a map (`KEY: value`) or a list (`KEY=value`); a bare `KEY` takes the host's value: unread. */
function environment(value, ref) {
    if (isDict(value)) {
        return Object.entries(value).map(([name, entry]) => {
            const text = asString(entry);
            return { name, ...(text !== undefined ? { value: text } : {}), ref: refAt(ref, name) };
        });
    }
    if (!Array.isArray(value))
        return [];
    return value.flatMap((entry, index) => {
        const text = asString(entry);
        const equals = text?.indexOf("=") ?? -1;
        if (!text || equals < 1)
            return [];
        return [{ name: text.slice(0, equals), value: text.slice(equals + 1), ref: refAt(ref, index) }];
    });
}
/** A compose service publishing ports on all interfaces, as a `service` entity the exposure check counts. */
function publishedService(workload, ports, ref) {
    const service = createEntity({ kind: "service", name: workload.name, platform: "compose", format: COMPOSE_FORMAT, ref: workload.ref }, { selector: {}, ports: ports.filter(isPublic), workloadId: workload.id });
    setField(service, "type", "published", ref);
    return service;
}

;// CONCATENATED MODULE: ./src/extract/evidence/categories.ts
/** Evidence categories: the four observability pillars, then the facts about tooling around the manifests. */
const PILLARS = ["metrics", "traces", "logs", "dashboards"];
const EVIDENCE = {
    mesh: "mesh",
    iac: "iac",
    clusterInCode: "cluster-in-code",
    kubernetes: "kubernetes",
    compose: "compose",
    ci: "ci",
    deploy: "deploy",
    codeowner: "codeowner",
    /** Emitted by the Helm adapter: a dependency of a chart, by chart name. */
    chartDependency: "chart-dependency",
};

;// CONCATENATED MODULE: ./src/extract/evidence/delivery-catalog.ts
/** CI/CD systems, by the path of their pipeline files. */
const CI_SYSTEMS = [
    { system: "GitHub Actions", path: /^\.github\/workflows\/[^/]+\.ya?ml$/ },
    { system: "GitLab CI", path: /(^|\/)\.gitlab-ci\.ya?ml$/ },
    { system: "Jenkins", path: /(^|\/)Jenkinsfile[^/]*$/ },
    { system: "CircleCI", path: /(^|\/)\.circleci\/config\.ya?ml$/ },
    {
        system: "Azure Pipelines",
        path: /(^|\/)(azure-pipelines[^/]*|\.azure-pipelines\/[^/]+|\.azuredevops\/[^/]+)\.ya?ml$/,
    },
    { system: "Bitbucket Pipelines", path: /(^|\/)bitbucket-pipelines\.ya?ml$/ },
    { system: "Buildkite", path: /(^|\/)\.buildkite\/[^/]+\.ya?ml$/ },
    { system: "AWS CodeBuild", path: /(^|\/)buildspec[^/]*\.ya?ml$/ },
    { system: "Google Cloud Build", path: /(^|\/)cloudbuild[^/]*\.(ya?ml|json)$/ },
    { system: "Travis CI", path: /(^|\/)\.travis\.ya?ml$/ },
    { system: "Drone", path: /(^|\/)\.drone\.ya?ml$/ },
];
/**
 * Pipelines declared as resources or exports rather than by file name: the evidence is a line of the file.
 * `deploys` says whether the declaration itself shows a deployment.
 */
const CI_DECLARATIONS = [
    {
        system: "AWS CodePipeline",
        pattern: /\bAWS::CodePipeline::Pipeline\b|resource\s+"aws_codepipeline"/,
        deploys: /["']?[Cc]ategory["']?\s*[:=]\s*["']?Deploy\b/,
    },
    { system: "Azure Pipelines (classic release)", pattern: /"deployPhases"\s*:/, deploys: /"deployPhases"\s*:/ },
];
/** GitOps: a controller that applies the repository to a cluster deploys by definition. */
const GITOPS = [
    { system: "Argo CD", kind: /^(Application|ApplicationSet)$/, apiGroup: /^argoproj\.io\// },
    { system: "Flux", kind: /^(Kustomization|HelmRelease)$/, apiGroup: /^(kustomize|helm)\.toolkit\.fluxcd\.io\// },
];
/** Global options between a tool and its subcommand: `terraform -chdir=infra apply`, `kubectl -n shop apply`. */
const OPTIONS = String.raw `(?:\s+--?[\w-]+(?:=\S+|\s+[^\s-]\S*)?)*`;
const tool = (names, subcommands) => new RegExp(String.raw `\b(?:${names})${OPTIONS}\s+(?:${subcommands})\b`);
/** Commands, actions and tasks that deploy, as a pipeline step would run them. */
const DEPLOY_STEPS = [
    { label: "sam deploy", pattern: /\bsam\s+deploy\b/ },
    { label: "serverless deploy", pattern: /\b(serverless|sls)\s+deploy\b/ },
    { label: "cdk deploy", pattern: /\bcdk(tf)?\s+deploy\b/ },
    { label: "terraform apply", pattern: tool("terraform|tofu|terragrunt", "(?:run-all\\s+)?apply") },
    { label: "pulumi up", pattern: tool("pulumi", "up") },
    { label: "kubectl apply", pattern: tool("kubectl", "apply|create|replace|set\\s+image|rollout\\s+restart") },
    { label: "helm upgrade/install", pattern: tool("helm|helmfile", "upgrade|install|apply|sync") },
    { label: "gcloud deploy", pattern: /\bgcloud\s+(beta\s+)?([\w-]+\s+){0,2}deploy\b|\bgke-deploy\b/ },
    {
        label: "az deploy",
        pattern: /\baz\s+[\w-]+(\s+[\w-]+)*?\s+(deploy|deployment\s+(group|sub)\s+create|deployment\s+source)\b/,
    },
    { label: "func publish", pattern: /\bfunc\s+azure\s+functionapp\s+publish\b/ },
    { label: "skaffold run", pattern: /\bskaffold\s+(run|deploy)\b/ },
    { label: "aws cloudformation deploy", pattern: /\baws\s+cloudformation\s+(deploy|create-stack|update-stack)\b/ },
    {
        label: "aws deploy",
        pattern: /\baws\s+(ecs\s+update-service|lambda\s+update-function-code|deploy\s+create-deployment)\b/,
    },
    { label: "docker stack deploy", pattern: /\bdocker\s+stack\s+deploy\b/ },
    { label: "argocd sync", pattern: /\bargocd\s+app\s+sync\b|\bflux\s+reconcile\b/ },
    { label: "deploy script", pattern: /\b(make|npm\s+run|yarn|pnpm(\s+run)?)\s+deploy[\w:-]*\b/ },
    {
        label: "deploy action",
        pattern: /uses\s*:\s*["']?(aws-actions\/(amazon-ecs-deploy-task-definition|aws-cloudformation-github-deploy)|azure\/(webapps-deploy|functions-action|k8s-deploy|arm-deploy|static-web-apps-deploy)|google-github-actions\/(deploy-cloudrun|deploy-cloud-functions|deploy-appengine)|serverless\/github-action|pulumi\/actions)@/i,
    },
    {
        label: "deploy task",
        pattern: /task\s*:\s*["']?(AzureFunctionApp|AzureWebApp|AzureRmWebAppDeployment|AzureResourceManagerTemplateDeployment|AzureResourceGroupDeployment|KubernetesManifest|HelmDeploy|AzureStaticWebApp|AzureContainerApps)@/,
    },
    { label: "GitLab environment", onlyIn: "GitLab CI", pattern: /^\s+environment\s*:\s*(\S|$)/m },
];

;// CONCATENATED MODULE: ./src/extract/evidence/required-literals.ts
/**
 * Words a regular expression cannot match without: one of the returned literals occurs in every match. Files
 * that contain none of them are ruled out with `includes`, which is far cheaper than running the expression
 * (a pattern starting with `^\s*` or an alternation gives the engine no literal to skip ahead with).
 *
 * Derived from the pattern's source: runs of literal characters, and groups whose every alternative yields
 * literals. Undefined when unsure (an escape or flag this reader does not know, or literals under 3
 * characters): the caller then always runs the expression. With the `i` flag the literals are lower case.
 * Callers cache the result per pattern.
 */
function requiredLiterals(pattern) {
    if (/[vx]/.test(pattern.flags))
        return undefined;
    try {
        const reader = new SourceReader(pattern.source);
        const found = reader.alternation();
        if (!reader.done() || !found || score(found) < MIN_LENGTH)
            return undefined;
        return pattern.flags.includes("i") ? found.map((literal) => literal.toLowerCase()) : found;
    }
    catch (error) {
        if (error instanceof Unsupported)
            return undefined;
        throw error;
    }
}
const MIN_LENGTH = 3;
class Unsupported extends Error {
}
/** The shortest literal of a set: the set is only as selective as its weakest word. */
const score = (set) => Math.min(...set.map((literal) => literal.length));
function better(a, b) {
    if (!a)
        return b;
    if (!b)
        return a;
    return score(b) > score(a) || (score(b) === score(a) && b.length < a.length) ? b : a;
}
const QUANTIFIER = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/;
const ZERO_WIDTH_GROUP = /^\(\?(?:=|!|<=|<!)/;
const SIMPLE_ESCAPES = new Set("dDwWsSbBnrtfv0");
class SourceReader {
    source;
    at = 0;
    constructor(source) {
        this.source = source;
    }
    done() {
        return this.at >= this.source.length;
    }
    /** `a|b|c` up to the closing parenthesis (not consumed): every branch must give literals. */
    alternation() {
        let union = [];
        for (;;) {
            const branch = this.sequence();
            union = union && branch ? [...union, ...branch] : undefined;
            if (this.source[this.at] !== "|")
                return union;
            this.at++;
        }
    }
    /** One branch: the best of its literal runs and required groups. */
    sequence() {
        let best;
        let run = "";
        const endRun = () => {
            if (run)
                best = better(best, [run]);
            run = "";
        };
        while (!this.done() && this.source[this.at] !== "|" && this.source[this.at] !== ")") {
            const atom = this.atom();
            const quantifier = QUANTIFIER.exec(this.source.slice(this.at));
            if (quantifier)
                this.at += quantifier[0].length;
            const optional = quantifier !== null && (quantifier[0][0] === "?" || quantifier[0][0] === "*" || quantifier[1] === "0");
            if (atom.kind === "char" && !optional) {
                run += atom.char;
                if (quantifier)
                    endRun();
                continue;
            }
            endRun();
            if (atom.kind === "group" && !optional)
                best = better(best, atom.literals);
        }
        endRun();
        return best;
    }
    atom() {
        const c = this.source[this.at];
        if (c === "\\")
            return this.escape();
        if (c === "[") {
            this.skipClass();
            return { kind: "other" };
        }
        if (c === "(")
            return this.group();
        this.at++;
        if (c === "." || c === "^" || c === "$")
            return { kind: "other" };
        if ("*+?{}]".includes(c))
            throw new Unsupported();
        return { kind: "char", char: c };
    }
    escape() {
        const c = this.source[this.at + 1];
        this.at += 2;
        if (c === undefined)
            throw new Unsupported();
        if (SIMPLE_ESCAPES.has(c))
            return { kind: "other" };
        if (/[A-Za-z0-9]/.test(c))
            throw new Unsupported();
        return { kind: "char", char: c };
    }
    skipClass() {
        this.at++;
        if (this.source[this.at] === "]")
            this.at++;
        while (!this.done() && this.source[this.at] !== "]")
            this.at += this.source[this.at] === "\\" ? 2 : 1;
        if (this.done())
            throw new Unsupported();
        this.at++;
    }
    group() {
        const rest = this.source.slice(this.at);
        const zeroWidth = ZERO_WIDTH_GROUP.exec(rest);
        const prefix = zeroWidth?.[0] ?? /^\(\?(?::|<[A-Za-z_$][\w$]*>)|^\(/.exec(rest)?.[0];
        if (!prefix)
            throw new Unsupported();
        this.at += prefix.length;
        const literals = this.alternation();
        if (this.source[this.at] !== ")")
            throw new Unsupported();
        this.at++;
        return zeroWidth ? { kind: "other" } : { kind: "group", literals };
    }
}

;// CONCATENATED MODULE: ./src/extract/evidence/word-automaton.ts
const ALPHABET = 128;
/** ASCII is folded to lower case, as a case-insensitive regular expression folds it; the rest is one symbol. */
const symbolOf = (code) => (code >= ALPHABET ? 0 : code >= 65 && code <= 90 ? code + 32 : code);
/**
 * Aho–Corasick: which of many words occur in a text, case-insensitively, in one pass over it. A word with
 * characters beyond ASCII may be reported where it does not occur (they all read as one symbol), never missed.
 */
class WordAutomaton {
    words;
    next;
    /** The words a state ends, by state; `endsAny` flags the states that end one, so the scan reads a byte. */
    ends;
    endsAny;
    constructor(words) {
        this.words = words;
        const trie = buildTrie(words);
        this.next = new Int32Array(trie.children.length * ALPHABET);
        this.ends = trie.ends;
        this.link(trie.children);
        this.endsAny = Uint8Array.from(trie.children, (_, state) => (this.ends[state] ? 1 : 0));
    }
    /** For each word, by index, whether it occurs. */
    occurrences(text) {
        const found = new Uint8Array(this.words.length);
        const { next, ends, endsAny } = this;
        let state = 0;
        for (let i = 0; i < text.length; i++) {
            state = next[state * ALPHABET + symbolOf(text.charCodeAt(i))];
            if (endsAny[state] === 1)
                for (const word of ends[state])
                    found[word] = 1;
        }
        return found;
    }
    /** Fills the transition table breadth first; a state also ends every word its failure state ends. */
    link(children) {
        const failure = new Int32Array(children.length);
        const queue = [];
        for (let symbol = 0; symbol < ALPHABET; symbol++) {
            const child = children[0]?.get(symbol) ?? 0;
            this.next[symbol] = child;
            if (child !== 0)
                queue.push(child);
        }
        for (let head = 0; head < queue.length; head++) {
            const state = queue[head];
            const fallback = failure[state];
            const inherited = this.ends[fallback];
            if (inherited)
                this.ends[state] = [...(this.ends[state] ?? []), ...inherited];
            this.next.copyWithin(state * ALPHABET, fallback * ALPHABET, (fallback + 1) * ALPHABET);
            for (const [symbol, child] of children[state] ?? []) {
                failure[child] = this.next[state * ALPHABET + symbol];
                this.next[state * ALPHABET + symbol] = child;
                queue.push(child);
            }
        }
    }
}
function buildTrie(words) {
    const children = [new Map()];
    const ends = [undefined];
    words.forEach((word, index) => {
        let state = 0;
        for (let i = 0; i < word.length; i++) {
            const symbol = symbolOf(word.charCodeAt(i));
            let child = children[state]?.get(symbol);
            if (child === undefined) {
                child = children.length;
                children.push(new Map());
                ends.push(undefined);
                children[state]?.set(symbol, child);
            }
            state = child;
        }
        ends[state] = [...(ends[state] ?? []), index];
    });
    return { children, ends };
}

;// CONCATENATED MODULE: ./src/extract/evidence/literal-probe.ts


/**
 * Which words a text contains: every evidence detector asks about the same file, and a pattern whose required
 * words are absent cannot match (see `requiredLiterals`). All the words ever asked about are looked for in one
 * pass per file (`WordAutomaton`); a word asked about for the first time is looked up on its own and joins the
 * automaton later (see `KnownWords`).
 */
class LiteralProbe {
    text;
    occurring;
    answers = new Map();
    constructor(text) {
        this.text = text;
    }
    mayMatch(pattern) {
        const needed = wordsOf(pattern);
        return !needed || needed.some((word) => this.has(word));
    }
    has(word) {
        let present = this.answers.get(word);
        if (present === undefined) {
            present = this.lookUp(word);
            this.answers.set(word, present);
        }
        return present;
    }
    /** The automaton folds case: a word that must match exactly is then confirmed with `includes`. */
    lookUp(word) {
        this.occurring ??= known.occurrences(this.text);
        const index = known.indexOf(word.folded);
        if (index === undefined || index >= this.occurring.length) {
            known.learn(word.folded);
            return word.exact ? this.text.includes(word.text) : new RegExp(escapeRegExp(word.text), "i").test(this.text);
        }
        return this.occurring[index] === 1 && (!word.exact || this.text.includes(word.text));
    }
}
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
/**
 * Every word asked about so far, in lower case, and the automaton that finds them. Words learnt since it was
 * built are looked up one by one until they are a third of those it holds; then it is rebuilt with them, so
 * a stream of new words costs a few rebuilds, not one each.
 */
class KnownWords {
    indexes = new Map();
    automaton = new WordAutomaton([]);
    /** The word's index; the automaton's too when the word was known when it was built. */
    indexOf(folded) {
        return this.indexes.get(folded);
    }
    learn(folded) {
        if (!this.indexes.has(folded))
            this.indexes.set(folded, this.indexes.size);
    }
    occurrences(text) {
        const built = this.automaton.words.length;
        if (this.indexes.size - built >= Math.max(1, built / 3)) {
            this.automaton = new WordAutomaton([...this.indexes.keys()]);
        }
        return this.automaton.occurrences(text);
    }
}
const known = new KnownWords();
const prepared = new WeakMap();
function wordsOf(pattern) {
    let words = prepared.get(pattern);
    if (words === undefined) {
        const exact = !pattern.flags.includes("i");
        words = requiredLiterals(pattern)?.map((text) => ({ text, folded: text.toLowerCase(), exact })) ?? null;
        prepared.set(pattern, words);
    }
    return words;
}
/** Words the patterns need join the automaton before a file asks about them. */
function learnWordsOf(patterns) {
    for (const pattern of patterns)
        for (const word of wordsOf(pattern) ?? [])
            known.learn(word.folded);
}
let lastProbe;
let lastText;
/** The probe of the text seen last: detectors run one file at a time, so one is kept, never a file's worth more. */
function probeOfText(text) {
    if (text !== lastText || !lastProbe) {
        lastText = text;
        lastProbe = new LiteralProbe(text);
    }
    return lastProbe;
}

;// CONCATENATED MODULE: ./src/extract/evidence/text-search.ts

/** The 1-based line of a character offset. */
function lineAt(text, offset) {
    let line = 1;
    for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1))
        line++;
    return line;
}
const globals = new WeakMap();
function globalOf(pattern) {
    let global = globals.get(pattern);
    if (!global) {
        global = new RegExp(pattern.source, pattern.flags.includes("g") ? pattern.flags : `${pattern.flags}g`);
        globals.set(pattern, global);
    }
    return global;
}
/** The line of the first match of `pattern` outside comment lines, or undefined. */
function firstMatchLine(text, pattern) {
    if (!probeOfText(text).mayMatch(pattern))
        return undefined;
    for (const match of text.matchAll(globalOf(pattern))) {
        // A leading `\s*` may start the match on a blank line above: the evidence is where its text begins.
        const start = match.index + (match[0].length - match[0].trimStart().length);
        if (!isCommentLine(text, start))
            return lineAt(text, start);
    }
    return undefined;
}
function isCommentLine(text, offset) {
    const start = text.lastIndexOf("\n", offset - 1) + 1;
    const before = text.slice(start, offset).trimStart();
    return before.startsWith("#") || before.startsWith("//");
}
/** A file's name without its folder. */
function baseName(file) {
    const path = typeof file === "string" ? file : file.path;
    return path.slice(path.lastIndexOf("/") + 1);
}

;// CONCATENATED MODULE: ./src/extract/evidence/delivery.ts




/**
 * CI/CD evidence: which systems run pipelines (`ci`, one per pipeline file), and every step or config that
 * deploys (`deploy`, valued `<system>: <step>`, on its line). A GitOps controller's config deploys by itself.
 */
const deliveryEvidence = {
    name: "delivery-evidence",
    create: () => ({
        extract(file, sink) {
            const system = CI_SYSTEMS.find((candidate) => candidate.path.test(file.path))?.system;
            if (system) {
                sink.evidence({ category: EVIDENCE.ci, value: system, file: file.path, line: 1 });
                emitDeploySteps(file, system, sink);
                if (system === "Google Cloud Build")
                    emitCloudBuildSteps(file, sink);
            }
            emitDeclaredPipelines(file, sink);
            emitGitOps(file, sink);
        },
    }),
};
/** Each kind of deploy step once per file, on its first line, in the order the pipeline runs them. */
function emitDeploySteps(file, system, sink) {
    const steps = DEPLOY_STEPS.filter((step) => !step.onlyIn || step.onlyIn === system)
        .flatMap((step) => {
        const line = firstMatchLine(file.text, step.pattern);
        return line === undefined ? [] : [{ label: step.label, line }];
    })
        .sort((a, b) => a.line - b.line);
    for (const { label, line } of steps)
        sink.evidence({ category: EVIDENCE.deploy, value: `${system}: ${label}`, file: file.path, line });
}
/** Cloud Build steps name a builder image and pass the command as a list: `gcloud` + `[run, deploy, …]`. */
function emitCloudBuildSteps(file, sink) {
    const build = file.documents[0];
    if (!isDict(build) || !Array.isArray(build.steps))
        return;
    const found = new Set();
    build.steps.forEach((step, index) => {
        if (!isDict(step))
            return;
        const args = Array.isArray(step.args) ? step.args.map(asString).filter(Boolean) : [asString(step.args)];
        const command = [baseName(asString(step.name) ?? ""), asString(step.entrypoint), ...args].filter(Boolean).join(" ");
        for (const candidate of DEPLOY_STEPS) {
            if (candidate.onlyIn || found.has(candidate.label) || !candidate.pattern.test(command))
                continue;
            found.add(candidate.label);
            const { line } = file.locator.locate(0, ["steps", index]);
            sink.evidence({
                category: EVIDENCE.deploy,
                value: `Google Cloud Build: ${candidate.label}`,
                file: file.path,
                line,
            });
        }
    });
}
function emitDeclaredPipelines(file, sink) {
    for (const declaration of CI_DECLARATIONS) {
        const line = firstMatchLine(file.text, declaration.pattern);
        if (line === undefined)
            continue;
        sink.evidence({ category: EVIDENCE.ci, value: declaration.system, file: file.path, line });
        const deployLine = declaration.deploys && firstMatchLine(file.text, declaration.deploys);
        if (deployLine)
            sink.evidence({
                category: EVIDENCE.deploy,
                value: `${declaration.system}: deploy stage`,
                file: file.path,
                line: deployLine,
            });
    }
}
function emitGitOps(file, sink) {
    file.documents.forEach((document, doc) => {
        if (!isDict(document) || typeof document.apiVersion !== "string" || typeof document.kind !== "string")
            return;
        const { apiVersion, kind } = document;
        const gitops = GITOPS.find((candidate) => candidate.apiGroup.test(apiVersion) && candidate.kind.test(kind));
        if (!gitops)
            return;
        const { line } = file.locator.locate(doc, ["kind"]);
        sink.evidence({ category: EVIDENCE.ci, value: gitops.system, file: file.path, line });
        sink.evidence({ category: EVIDENCE.deploy, value: `${gitops.system}: ${kind}`, file: file.path, line });
    });
}

;// CONCATENATED MODULE: ./src/extract/evidence/infrastructure-catalog.ts

const IAC = [EVIDENCE.iac];
const CLUSTER = [EVIDENCE.clusterInCode];
const MESH = [EVIDENCE.mesh];
const apiGroup = (group) => new RegExp(`\\bapiVersion\\s*:\\s*["']?(${group})/`);
const kind = (kinds) => new RegExp(`\\bkind\\s*:\\s*["']?(${kinds})["']?[ \\t]*$`, "m");
/** Infrastructure-as-code tools, by the files and declarations that prove each one. */
const IAC_SIGNALS = [
    {
        value: "Terraform",
        categories: IAC,
        path: /\.tf(\.json)?$/,
        pattern: /^\s*"?(resource|module|provider|terraform|data)"?\s*[{:"]/m,
    },
    { value: "OpenTofu", categories: IAC, path: /\.tofu$/, pattern: /^\s*(resource|module|provider|terraform)\s*[{"]/m },
    { value: "Terragrunt", categories: IAC, path: /(^|\/)terragrunt\.hcl$/, pattern: /\S/ },
    { value: "Pulumi", categories: IAC, path: /(^|\/)Pulumi\.ya?ml$/, pattern: /^\s*(name|runtime)\s*:/m },
    { value: "AWS CDK", categories: IAC, path: /(^|\/)cdk\.json$/, pattern: /"app"\s*:/ },
    { value: "CDK for Terraform", categories: IAC, path: /(^|\/)cdktf\.json$/, pattern: /"app"\s*:/ },
    {
        value: "AWS SAM",
        categories: IAC,
        pattern: /^\s*["']?Transform["']?\s*:\s*\[?\s*(-\s*)?["']?AWS::Serverless-2016-10-31/m,
    },
    { value: "CloudFormation", categories: IAC, pattern: /^\s*["']?AWSTemplateFormatVersion["']?\s*:/m },
    {
        value: "CloudFormation",
        categories: IAC,
        notPath: /(^|\/)serverless\.(ya?ml|json)$/,
        pattern: /^\s*["']?Type["']?\s*:\s*["']?AWS::[A-Za-z0-9]+::[A-Za-z0-9]+/m,
        requires: [/^\s*["']?Resources["']?\s*:/m],
    },
    { value: "Bicep", categories: IAC, path: /\.bicep$/, pattern: /^\s*(resource|module|param|targetScope)\s/m },
    {
        value: "ARM templates",
        categories: IAC,
        pattern: /schema\.management\.azure\.com\/schemas\/[^"]*deploymentTemplate\.json/,
    },
    { value: "Crossplane", categories: IAC, pattern: apiGroup("[a-z0-9.-]*crossplane\\.io|[a-z0-9.-]*upbound\\.io") },
    {
        value: "eksctl",
        categories: [...IAC, ...CLUSTER],
        pattern: kind("ClusterConfig"),
        requires: [apiGroup("eksctl\\.io")],
    },
];
/** Declarations that provision the Kubernetes cluster itself. */
const CLUSTER_SIGNALS = [
    {
        value: "Terraform cluster resource",
        categories: CLUSTER,
        pattern: /resource\s+"(aws_eks_cluster|google_container_cluster|azurerm_kubernetes_cluster|digitalocean_kubernetes_cluster|linode_lke_cluster|oci_containerengine_cluster|ibm_container_vpc_cluster|scaleway_k8s_cluster)"/,
    },
    {
        value: "Terraform cluster module",
        categories: CLUSTER,
        pattern: /source\s*=\s*"[^"]*(terraform-aws-modules\/eks\/aws|terraform-aws-eks(\.git)?(\?ref=[^"]*)?|Azure\/aks\/azurerm|terraform-google-modules\/kubernetes-engine\/google(\/\/modules\/[\w-]*(cluster|autopilot)[\w-]*)?)"/,
    },
    { value: "CloudFormation EKS cluster", categories: CLUSTER, pattern: /\bAWS::EKS::Cluster\b/ },
    { value: "Bicep/ARM AKS cluster", categories: CLUSTER, pattern: /Microsoft\.ContainerService\/managedClusters/i },
    {
        value: "kubeadm cluster in Terraform",
        categories: CLUSTER,
        path: /\.tf$/,
        pattern: /\bkubeadm\b/,
        requires: [/resource\s+"[a-z]+_(instance|virtual_machine|compute_instance)/],
    },
    {
        value: "Crossplane managed cluster",
        categories: CLUSTER,
        pattern: kind("Cluster|KubernetesCluster|ManagedCluster"),
        requires: [apiGroup("(eks\\.aws|container\\.gcp|containerservice\\.azure)\\.(crossplane|upbound)\\.io")],
    },
    { value: "Cluster API", categories: CLUSTER, pattern: kind("Cluster"), requires: [apiGroup("cluster\\.x-k8s\\.io")] },
    {
        value: "Pulumi cluster resource",
        categories: CLUSTER,
        path: /(^|\/)Pulumi[^/]*\.ya?ml$/,
        pattern: /type\s*:\s*["']?(aws:eks:Cluster|eks:index:Cluster|gcp:container:Cluster|azure-native:containerservice:ManagedCluster)/,
    },
    {
        value: "cluster created by a script",
        categories: CLUSTER,
        pattern: /\b(gcloud\s+(beta\s+)?container\s+clusters\s+create(-auto)?|eksctl\s+create\s+cluster|az\s+aks\s+create)\b/,
    },
];
/** A service mesh or mTLS between services. */
const MESH_SIGNALS = [
    { value: "Istio", categories: MESH, pattern: apiGroup("(networking|security)\\.istio\\.io") },
    {
        value: "Istio",
        categories: MESH,
        pattern: /istio-injection["']?\s*:\s*["']?enabled|sidecar\.istio\.io\/inject["']?\s*:\s*["']?true|istio\.io\/rev["']?\s*:/,
    },
    { value: "Linkerd", categories: MESH, pattern: /linkerd\.io\/inject["']?\s*:\s*["']?enabled/ },
    { value: "Linkerd", categories: MESH, pattern: apiGroup("[a-z.]*linkerd\\.io") },
    { value: "Consul Connect", categories: MESH, pattern: /consul\.hashicorp\.com\/connect-inject["']?\s*:\s*["']?true/ },
    { value: "Consul Connect", categories: MESH, pattern: apiGroup("consul\\.hashicorp\\.com") },
    { value: "Cilium", categories: MESH, pattern: apiGroup("cilium\\.io") },
    { value: "AWS App Mesh", categories: MESH, pattern: /\bAWS::AppMesh::|resource\s+"aws_appmesh_|appmesh\.k8s\.aws\// },
    { value: "Kuma", categories: MESH, pattern: apiGroup("kuma\\.io") },
];
/**
 * API groups that carry `apiVersion` and `kind` but are not objects applied to a Kubernetes cluster (build
 * tools, cluster definitions, catalogs), or that archlint counts elsewhere (Knative serving is a function).
 */
const NOT_KUBERNETES_API = /^(skaffold\/|eksctl\.io\/|kind\.x-k8s\.io\/|backstage\.io\/|serving\.knative\.dev\/|k3d\.io\/|ctlptl\.dev\/|config\.kubernetes\.io\/)/;
const COMPOSE_FILE = /(^|\/)(docker-)?compose[^/]*\.ya?ml$/;
const KUSTOMIZATION_FILE = /(^|\/)kustomization\.ya?ml$/;
const CHART_FILE = /(^|\/)Chart\.yaml$/;

;// CONCATENATED MODULE: ./src/extract/evidence/signals.ts


/** Emits the evidence of every signal the file's text shows; returns the values found. */
function emitSignals(file, signals, sink) {
    const found = [];
    if (!file.text)
        return found;
    learnWords(signals);
    const probe = probeOfText(file.text);
    const occurs = (pattern) => probe.mayMatch(pattern) && pattern.test(file.text);
    for (const signal of signals) {
        if (signal.path && !signal.path.test(file.path))
            continue;
        if (signal.notPath?.test(file.path))
            continue;
        if (!probe.mayMatch(signal.pattern) || !(signal.requires ?? []).every(occurs))
            continue;
        if (signal.unless && occurs(signal.unless))
            continue;
        const line = firstMatchLine(file.text, signal.pattern);
        if (line === undefined)
            continue;
        for (const category of signal.categories)
            sink.evidence({ category, value: signal.value, file: file.path, line });
        found.push(signal.value);
    }
    return found;
}
const learned = new WeakSet();
/** A catalog's words join the file scan all at once, before its first file, rather than one by one. */
function learnWords(signals) {
    if (learned.has(signals))
        return;
    learned.add(signals);
    for (const signal of signals)
        learnWordsOf([signal.pattern, ...(signal.requires ?? []), ...(signal.unless ? [signal.unless] : [])]);
}

;// CONCATENATED MODULE: ./src/extract/evidence/infrastructure.ts






/**
 * Infrastructure evidence: IaC tools, whether the cluster itself is provisioned in code, a service mesh, and
 * which deployment formats are present (Kubernetes manifests, Helm charts, Kustomize, Compose files).
 */
const infrastructureEvidence = {
    name: "infrastructure-evidence",
    create: () => ({
        extract(file, sink) {
            emitSignals(file, IAC_SIGNALS, sink);
            emitSignals(file, CLUSTER_SIGNALS, sink);
            emitSignals(file, MESH_SIGNALS, sink);
            if (isServerlessManifest(file))
                sink.evidence({ category: EVIDENCE.iac, value: "Serverless Framework", file: file.path, line: 1 });
            emitDeploymentFormats(file, sink);
        },
    }),
};
/**
 * Where each deployment format shows. The line comes from a text search, not the locator: the locator re-reads
 * the whole file with the slow YAML parser, which only files with findings should pay for.
 */
function emitDeploymentFormats(file, sink) {
    const lineOf = (pattern) => firstMatchLine(file.text, pattern) ?? 1;
    const first = file.documents[0];
    if (CHART_FILE.test(file.path) && isDict(first) && "name" in first) {
        sink.evidence({ category: EVIDENCE.kubernetes, value: "Helm chart", file: file.path, line: lineOf(/^name\s*:/m) });
        return;
    }
    if (KUSTOMIZATION_FILE.test(file.path) && isDict(first)) {
        sink.evidence({ category: EVIDENCE.kubernetes, value: "Kustomize", file: file.path, line: 1 });
        return;
    }
    if (COMPOSE_FILE.test(file.path) && isDict(first) && isDict(first.services)) {
        sink.evidence({
            category: EVIDENCE.compose,
            value: "Compose file",
            file: file.path,
            line: lineOf(/^services\s*:/m),
        });
        return;
    }
    const object = file.documents.find(isKubernetesObject);
    if (object) {
        const kind = new RegExp(`^kind\\s*:\\s*["']?${object.kind.replace(/[^\w]/g, "\\$&")}\\b`, "m");
        sink.evidence({
            category: EVIDENCE.kubernetes,
            value: "Kubernetes manifests",
            file: file.path,
            line: lineOf(kind),
        });
    }
}
function isKubernetesObject(document) {
    return (isDict(document) &&
        typeof document.apiVersion === "string" &&
        typeof document.kind === "string" &&
        isDict(document.metadata) &&
        !NOT_KUBERNETES_API.test(document.apiVersion));
}

;// CONCATENATED MODULE: ./src/extract/evidence/observability-catalog.ts
const M = ["metrics"];
const T = ["traces"];
const L = ["logs"];
const D = ["dashboards"];
const MTL = ["metrics", "traces", "logs"];
const MT = ["metrics", "traces"];
const observability_catalog_kind = (kinds) => new RegExp(`\\bkind\\s*:\\s*["']?(${kinds})["']?[ \\t]*$`, "m");
const tfResource = (types) => new RegExp(`resource\\s+"(${types})"`);
/** An image reference in a manifest (`image:`, a chart's `repository:`) or a Dockerfile's `FROM`. */
const observability_catalog_image = (names) => new RegExp(`(?:(?:image|repository)["']?\\s*[:=]\\s*["']?|^FROM\\s+(?:--platform=\\S+\\s+)?)([\\w.-]+(?::\\d+)?/)*(?:${names})(?:[:@"'\\s]|$)`, "m");
/** Configuration, resources, images and settings that prove an observability pillar, by tool. */
const OBSERVABILITY_SIGNALS = [
    // Prometheus and friends
    { value: "Prometheus scrape config", categories: M, pattern: /^\s*scrape_configs\s*:/m },
    {
        value: "Prometheus Operator monitors",
        categories: M,
        pattern: observability_catalog_kind("ServiceMonitor|PodMonitor|PrometheusRule|Probe|ScrapeConfig"),
        requires: [/monitoring\.coreos\.com/],
    },
    {
        value: "Google Managed Prometheus",
        categories: M,
        pattern: observability_catalog_kind("PodMonitoring|ClusterPodMonitoring|Rules|ClusterRules"),
        requires: [/monitoring\.googleapis\.com/],
    },
    {
        value: "Prometheus alerting rules",
        categories: M,
        pattern: /^\s*-?\s*alert\s*:\s*\S/m,
        requires: [/^\s*expr\s*:/m],
    },
    { value: "Prometheus scrape annotations", categories: M, pattern: /prometheus\.io\/scrape["']?\s*:\s*["']?true/ },
    { value: "Prometheus", categories: M, pattern: observability_catalog_image("prom/prometheus|prometheus/prometheus|prom/alertmanager") },
    // Grafana
    { value: "Grafana", categories: D, pattern: observability_catalog_image("grafana/grafana|grafana/grafana-oss|grafana/grafana-enterprise") },
    { value: "Grafana dashboard", categories: D, pattern: /"panels"\s*:\s*\[/, requires: [/"schemaVersion"\s*:/] },
    {
        value: "Grafana provisioning",
        categories: D,
        pattern: /^\s*(datasources|providers)\s*:/m,
        requires: [/^\s*apiVersion\s*:\s*1\s*$/m],
    },
    { value: "Grafana Operator dashboards", categories: D, pattern: observability_catalog_kind("GrafanaDashboard") },
    // OpenTelemetry SDK settings (collector configs are read structurally, per pipeline)
    {
        value: "OpenTelemetry SDK settings (traces)",
        categories: T,
        pattern: /\bOTEL_(EXPORTER_OTLP_(TRACES_)?ENDPOINT|TRACES_EXPORTER)\b/,
    },
    {
        value: "OpenTelemetry SDK settings (metrics)",
        categories: M,
        pattern: /\bOTEL_(EXPORTER_OTLP_METRICS_ENDPOINT|METRICS_EXPORTER)\b/,
    },
    {
        value: "OpenTelemetry SDK settings (logs)",
        categories: L,
        pattern: /\bOTEL_(EXPORTER_OTLP_LOGS_ENDPOINT|LOGS_EXPORTER)\b/,
    },
    {
        value: "OpenTelemetry Operator instrumentation",
        categories: T,
        pattern: observability_catalog_kind("Instrumentation"),
        requires: [/opentelemetry\.io/],
    },
    {
        value: "tracing switched on in service settings",
        categories: T,
        pattern: /\b(ENABLE_TRACING|TRACING_ENABLED)["']?\s*[:=]\s*["']?(true|1)\b|name:\s*["']?(ENABLE_TRACING|TRACING_ENABLED)["']?\s*\n\s*value:\s*["']?(true|1)\b/,
    },
    // Tracing back ends
    { value: "Jaeger", categories: T, pattern: observability_catalog_image("jaegertracing/[\\w-]+") },
    { value: "Jaeger", categories: T, pattern: /\bJAEGER_(AGENT_HOST|ENDPOINT|COLLECTOR_[A-Z_]+|SERVICE_NAME)\b/ },
    { value: "Jaeger Operator", categories: T, pattern: observability_catalog_kind("Jaeger"), requires: [/jaegertracing\.io/] },
    { value: "Zipkin", categories: T, pattern: observability_catalog_image("openzipkin/zipkin|openzipkin/zipkin-slim") },
    { value: "Zipkin", categories: T, pattern: /\bZIPKIN_(BASE_URL|ENDPOINT|URL|HOST)\b|\/api\/v2\/spans\b/ },
    { value: "Grafana Tempo", categories: T, pattern: observability_catalog_image("grafana/tempo") },
    // Log pipelines
    { value: "Loki", categories: L, pattern: observability_catalog_image("grafana/loki|grafana/promtail|grafana/alloy") },
    { value: "Loki", categories: L, pattern: /\/loki\/api\/v1\/push\b/ },
    {
        value: "Fluentd",
        categories: L,
        pattern: observability_catalog_image("fluent/fluentd|fluent/fluentd-kubernetes-daemonset|[\\w-]*fluentd[\\w-]*"),
    },
    { value: "Fluentd", categories: L, pattern: /^\s*<match\s+\S+>/m, requires: [/@type\s+\S+/] },
    { value: "Fluentd logging driver", categories: L, pattern: /^\s*driver\s*:\s*["']?fluentd\b/m },
    { value: "Fluent Bit", categories: L, pattern: observability_catalog_image("fluent/fluent-bit|[\\w-]*fluent-bit[\\w-]*") },
    { value: "Fluent Bit", categories: L, pattern: /^\s*\[OUTPUT\]\s*$/m },
    {
        value: "Fluent Bit Operator",
        categories: L,
        pattern: observability_catalog_kind("FluentBit|ClusterOutput|ClusterFluentBitConfig"),
        requires: [/fluentbit\.fluent\.io/],
    },
    {
        value: "Elastic Stack (ELK)",
        categories: L,
        pattern: observability_catalog_image("elasticsearch/logstash|logstash/logstash|kibana/kibana|beats/filebeat|logstash|kibana|filebeat"),
    },
    {
        value: "OpenSearch",
        categories: L,
        pattern: observability_catalog_image("opensearchproject/opensearch-dashboards|opensearchproject/data-prepper"),
    },
    // Vendors
    {
        value: "Datadog",
        categories: MTL,
        pattern: /\bDD_(API_KEY|AGENT_HOST|TRACE_AGENT_URL)\b|datadoghq\/agent\b|datadog\/agent\b/,
    },
    { value: "Datadog", categories: M, pattern: tfResource("datadog_monitor|datadog_synthetics_test") },
    { value: "Datadog dashboards", categories: D, pattern: tfResource("datadog_dashboard|datadog_dashboard_json") },
    { value: "New Relic", categories: MT, pattern: /\bNEW_?RELIC_(LICENSE_KEY|APP_NAME)\b|newrelic\/infrastructure\b/ },
    { value: "New Relic", categories: M, pattern: tfResource("newrelic_alert_policy|newrelic_nrql_alert_condition") },
    {
        value: "Instana",
        categories: MT,
        pattern: /\bINSTANA_(AGENT_KEY|AGENT_HOST|ENDPOINT_URL)\b|instana\/agent\b|icr\.io\/instana\//,
    },
    {
        value: "Application Insights",
        categories: MTL,
        pattern: /\b(APPINSIGHTS_INSTRUMENTATIONKEY|APPLICATIONINSIGHTS_CONNECTION_STRING)\b|Microsoft\.Insights\/components/i,
    },
    { value: "Application Insights", categories: MTL, pattern: tfResource("azurerm_application_insights") },
    {
        value: "Azure Log Analytics",
        categories: L,
        pattern: /Microsoft\.OperationalInsights\/workspaces|resource\s+"azurerm_log_analytics_workspace"/i,
    },
    {
        value: "Azure Monitor alerts",
        categories: M,
        pattern: /Microsoft\.Insights\/(metricAlerts|scheduledQueryRules)|resource\s+"azurerm_monitor_metric_alert"/i,
    },
    {
        value: "Azure dashboards",
        categories: D,
        pattern: /Microsoft\.Portal\/dashboards|resource\s+"azurerm_portal_dashboard"/i,
    },
    // AWS
    { value: "CloudWatch alarms", categories: M, pattern: /\bAWS::CloudWatch::(Alarm|CompositeAlarm|AnomalyDetector)\b/ },
    {
        value: "CloudWatch alarms",
        categories: M,
        pattern: tfResource("aws_cloudwatch_metric_alarm|aws_cloudwatch_composite_alarm"),
    },
    { value: "CloudWatch dashboards", categories: D, pattern: /\bAWS::CloudWatch::Dashboard\b/ },
    { value: "CloudWatch dashboards", categories: D, pattern: tfResource("aws_cloudwatch_dashboard") },
    {
        value: "CloudWatch Logs retention",
        categories: L,
        pattern: /\bAWS::Logs::LogGroup\b/,
        requires: [/RetentionInDays/],
    },
    {
        value: "CloudWatch Logs retention",
        categories: L,
        pattern: tfResource("aws_cloudwatch_log_group"),
        requires: [/retention_in_days/],
    },
    { value: "CloudWatch Logs retention", categories: L, pattern: /^\s*logRetentionInDays\s*:\s*["']?\d/m },
    { value: "CloudWatch Logs subscription", categories: L, pattern: /\bAWS::Logs::SubscriptionFilter\b/ },
    {
        value: "CloudWatch Logs subscription",
        categories: L,
        pattern: tfResource("aws_cloudwatch_log_subscription_filter"),
    },
    { value: "AWS X-Ray", categories: T, pattern: /\bAWS::XRay::|resource\s+"aws_xray_/ },
    { value: "AWS X-Ray", categories: T, pattern: /^\s*["']?Tracing(Enabled)?["']?\s*:\s*["']?(Active|true)\b/m },
    { value: "AWS X-Ray", categories: T, pattern: /tracing_config\s*\{[^}]*mode\s*=\s*"Active"/ },
    // Google Cloud
    {
        value: "Cloud Monitoring",
        categories: M,
        pattern: tfResource("google_monitoring_alert_policy|google_monitoring_uptime_check_config"),
    },
    { value: "Cloud Monitoring dashboards", categories: D, pattern: tfResource("google_monitoring_dashboard") },
    { value: "Cloud Logging sinks", categories: L, pattern: tfResource("google_logging_[a-z_]*sink") },
    {
        value: "Cloud Logging (GKE default)",
        categories: L,
        pattern: /resource\s+"google_container_cluster"|source\s*=\s*"[^"]*terraform-google-modules\/kubernetes-engine\/google(\/\/modules\/[\w-]*(cluster|autopilot)[\w-]*)?"/,
        unless: /logging_service\s*=\s*"none"|logging_enabled_components\s*=\s*\[\s*\]/,
    },
];
/** A Grafana data source type tells which pillar its back end holds. */
const GRAFANA_DATASOURCE_PILLARS = {
    prometheus: "metrics",
    graphite: "metrics",
    influxdb: "metrics",
    cloudwatch: "metrics",
    jaeger: "traces",
    zipkin: "traces",
    tempo: "traces",
    "grafana-x-ray-datasource": "traces",
    loki: "logs",
    elasticsearch: "logs",
    "grafana-opensearch-datasource": "logs",
};
/** Helm chart dependencies (by chart name) that install an observability back end or a mesh. */
const CHART_CATEGORIES = {
    "kube-prometheus-stack": ["metrics", "dashboards"],
    prometheus: ["metrics"],
    "prometheus-operator": ["metrics"],
    "victoria-metrics-k8s-stack": ["metrics", "dashboards"],
    grafana: ["dashboards"],
    loki: ["logs"],
    "loki-stack": ["logs"],
    promtail: ["logs"],
    "fluent-bit": ["logs"],
    fluentd: ["logs"],
    elasticsearch: ["logs"],
    logstash: ["logs"],
    opensearch: ["logs"],
    tempo: ["traces"],
    "tempo-distributed": ["traces"],
    jaeger: ["traces"],
    "opentelemetry-collector": ["traces"],
    "opentelemetry-operator": ["traces"],
    datadog: ["metrics", "traces", "logs"],
    "nri-bundle": ["metrics", "traces"],
    "instana-agent": ["metrics", "traces"],
    istiod: ["mesh"],
    "istio-base": ["mesh"],
    linkerd2: ["mesh"],
    "linkerd-control-plane": ["mesh"],
    consul: ["mesh"],
};
/** The package manifests each ecosystem's libraries are read from. */
const ECOSYSTEM_FILES = {
    npm: /(^|\/)package\.json$/,
    python: /(^|\/)(requirements[^/]*\.txt|pyproject\.toml)$/,
    go: /(^|\/)go\.mod$/,
    java: /(^|\/)(pom\.xml|build\.gradle(\.kts)?)$/,
    dotnet: /\.csproj$/,
    ruby: /(^|\/)Gemfile$/,
};
const lib = (ecosystem, categories, value, ...names) => names.map((name) => ({ ecosystem, name, value, categories }));
/** Instrumentation libraries that, once a dependency, prove a pillar is wired into the code. */
const INSTRUMENTATION_LIBRARIES = [
    ...lib("npm", M, "prom-client", "prom-client", "express-prom-bundle"),
    ...lib("npm", T, "OpenTelemetry", "@opentelemetry/sdk-node", "@opentelemetry/sdk-trace-*", "@opentelemetry/auto-instrumentations-*", "@opentelemetry/exporter-trace-*", "@opentelemetry/instrumentation-*"),
    ...lib("npm", M, "OpenTelemetry metrics", "@opentelemetry/sdk-metrics", "@opentelemetry/exporter-metrics-*"),
    ...lib("npm", L, "OpenTelemetry logs", "@opentelemetry/sdk-logs", "@opentelemetry/exporter-logs-*"),
    ...lib("npm", T, "dd-trace", "dd-trace"),
    ...lib("npm", M, "StatsD", "hot-shots", "node-statsd"),
    ...lib("npm", MT, "New Relic", "newrelic"),
    ...lib("npm", T, "AWS X-Ray SDK", "aws-xray-sdk", "aws-xray-sdk-core"),
    ...lib("npm", T, "Powertools tracer", "@aws-lambda-powertools/tracer"),
    ...lib("npm", M, "Powertools metrics", "@aws-lambda-powertools/metrics"),
    ...lib("npm", L, "Loki logger", "winston-loki", "pino-loki"),
    ...lib("npm", L, "Elasticsearch logger", "winston-elasticsearch", "pino-elasticsearch"),
    ...lib("npm", MTL, "Application Insights", "applicationinsights", "@azure/monitor-opentelemetry"),
    ...lib("npm", MT, "Instana", "@instana/collector", "@instana/aws-lambda"),
    ...lib("npm", T, "Jaeger client", "jaeger-client"),
    ...lib("npm", T, "Zipkin", "zipkin", "zipkin-transport-http"),
    ...lib("npm", T, "Elastic APM", "elastic-apm-node"),
    ...lib("npm", T, "Cloud Trace", "@google-cloud/trace-agent", "@google-cloud/opentelemetry-cloud-trace-exporter"),
    ...lib("npm", L, "Cloud Logging", "@google-cloud/logging-winston", "@google-cloud/logging-bunyan", "@google-cloud/logging"),
    ...lib("npm", ["cluster-in-code"], "Pulumi EKS", "@pulumi/eks"),
    ...lib("npm", ["cluster-in-code"], "CDK EKS", "@aws-cdk/aws-eks", "@aws-cdk/lambda-layer-kubectl-*"),
    ...lib("python", M, "prometheus_client", "prometheus_client", "prometheus-client", "prometheus-flask-exporter", "prometheus-fastapi-instrumentator"),
    ...lib("python", T, "OpenTelemetry", "opentelemetry-sdk", "opentelemetry-distro", "opentelemetry-instrumentation*", "opentelemetry-exporter-*"),
    ...lib("python", T, "ddtrace", "ddtrace"),
    ...lib("python", MT, "New Relic", "newrelic"),
    ...lib("python", T, "AWS X-Ray SDK", "aws-xray-sdk"),
    ...lib("python", T, "Jaeger client", "jaeger-client"),
    ...lib("python", T, "OpenCensus", "opencensus", "opencensus-ext-*"),
    ...lib("python", MTL, "Application Insights", "applicationinsights", "azure-monitor-opentelemetry*", "opencensus-ext-azure"),
    ...lib("python", MT, "Instana", "instana"),
    ...lib("python", L, "Loki logger", "python-logging-loki"),
    ...lib("python", T, "Cloud Trace", "google-cloud-trace", "opentelemetry-exporter-gcp-trace"),
    ...lib("python", L, "Cloud Logging", "google-cloud-logging"),
    ...lib("python", M, "Cloud Monitoring", "google-cloud-monitoring"),
    ...lib("python", M, "StatsD", "statsd", "datadog"),
    ...lib("python", ["cluster-in-code"], "Pulumi EKS", "pulumi-eks", "pulumi_eks"),
    ...lib("python", ["cluster-in-code"], "CDK EKS", "aws-cdk.aws-eks"),
    ...lib("go", M, "Prometheus client", "github.com/prometheus/client_golang"),
    ...lib("go", T, "OpenTelemetry", "go.opentelemetry.io/otel/sdk", "go.opentelemetry.io/otel/exporters/otlp/otlptrace*", "go.opentelemetry.io/contrib/instrumentation/*"),
    ...lib("go", M, "OpenTelemetry metrics", "go.opentelemetry.io/otel/sdk/metric", "go.opentelemetry.io/otel/exporters/otlp/otlpmetric*"),
    ...lib("go", T, "dd-trace-go", "gopkg.in/DataDog/dd-trace-go.v1", "github.com/DataDog/dd-trace-go*"),
    ...lib("go", MT, "New Relic", "github.com/newrelic/go-agent*"),
    ...lib("go", T, "AWS X-Ray SDK", "github.com/aws/aws-xray-sdk-go"),
    ...lib("go", T, "Jaeger client", "github.com/uber/jaeger-client-go"),
    ...lib("go", T, "Zipkin", "github.com/openzipkin/zipkin-go"),
    ...lib("go", MT, "OpenCensus", "go.opencensus.io", "contrib.go.opencensus.io/exporter/*"),
    ...lib("go", MT, "Instana", "github.com/instana/go-sensor"),
    ...lib("go", ["cluster-in-code"], "Pulumi EKS", "github.com/pulumi/pulumi-eks/*"),
    ...lib("java", M, "Micrometer", "micrometer-registry-*", "simpleclient", "prometheus-metrics-core"),
    ...lib("java", T, "OpenTelemetry", "opentelemetry-sdk", "opentelemetry-exporter-*", "opentelemetry-javaagent", "opentelemetry-spring-boot-starter", "micrometer-tracing-bridge-otel"),
    ...lib("java", T, "Zipkin", "zipkin-reporter*", "spring-cloud-sleuth-zipkin", "micrometer-tracing-bridge-brave", "brave"),
    ...lib("java", T, "Spring Cloud Sleuth", "spring-cloud-starter-sleuth"),
    ...lib("java", T, "Jaeger client", "jaeger-client", "opentracing-spring-jaeger-*"),
    ...lib("java", T, "dd-java-agent", "dd-java-agent", "dd-trace-api"),
    ...lib("java", MT, "New Relic", "newrelic-agent", "newrelic-api"),
    ...lib("java", T, "AWS X-Ray SDK", "aws-xray-recorder-sdk-*"),
    ...lib("java", L, "Logstash encoder", "logstash-logback-encoder"),
    ...lib("java", L, "Loki appender", "loki-logback-appender"),
    ...lib("java", MTL, "Application Insights", "applicationinsights-*"),
    ...lib("dotnet", M, "prometheus-net", "prometheus-net*", "App.Metrics*"),
    ...lib("dotnet", T, "OpenTelemetry", "OpenTelemetry.Exporter.*", "OpenTelemetry.Extensions.Hosting", "OpenTelemetry.Instrumentation.*"),
    ...lib("dotnet", MTL, "Application Insights", "Microsoft.ApplicationInsights*", "Azure.Monitor.OpenTelemetry*"),
    ...lib("dotnet", T, "Datadog tracer", "Datadog.Trace*"),
    ...lib("dotnet", T, "AWS X-Ray SDK", "AWSXRayRecorder*"),
    ...lib("dotnet", L, "Serilog sink", "Serilog.Sinks.Elasticsearch", "Serilog.Sinks.Grafana.Loki", "Serilog.Sinks.Seq", "Serilog.Sinks.ApplicationInsights"),
    ...lib("ruby", M, "prometheus-client", "prometheus-client"),
    ...lib("ruby", T, "OpenTelemetry", "opentelemetry-sdk", "opentelemetry-instrumentation-*"),
    ...lib("ruby", T, "ddtrace", "ddtrace", "datadog"),
    ...lib("ruby", MT, "New Relic", "newrelic_rpm"),
];

;// CONCATENATED MODULE: ./src/extract/evidence/libraries.ts



const NPM_SECTIONS = ["dependencies", "devDependencies", "optionalDependencies"];
const libraries_escapeRegExp = (text) => text.replace(/[.+?^${}()|[\]\\]/g, "\\$&");
/** A library name as a pattern: `*` is a prefix wildcard; a name never matches inside a longer name. */
function namePattern(library) {
    const body = libraries_escapeRegExp(library.name).replace(/\*/g, "[\\w./-]*");
    const flags = library.ecosystem === "python" || library.ecosystem === "dotnet" ? "i" : "";
    return new RegExp(`(?<![\\w.@/-])${body}(?![\\w./-])`, flags);
}
const compiled = new WeakMap();
const patternOf = (library) => {
    let pattern = compiled.get(library);
    if (!pattern) {
        pattern = namePattern(library);
        compiled.set(library, pattern);
    }
    return pattern;
};
/** Dependencies on known libraries in a package manifest, each on the line that declares it. */
function emitLibraries(file, libraries, sink) {
    const ecosystems = new Set(Object.entries(ECOSYSTEM_FILES)
        .filter(([, path]) => path.test(file.path))
        .map(([ecosystem]) => ecosystem));
    if (ecosystems.size === 0)
        return;
    const seen = new Set();
    for (const library of libraries) {
        if (!ecosystems.has(library.ecosystem))
            continue;
        const line = library.ecosystem === "npm" ? npmLine(file, library) : firstMatchLine(file.text, patternOf(library));
        if (line === undefined)
            continue;
        for (const category of library.categories) {
            const key = `${category}\u0000${library.value}`;
            if (seen.has(key))
                continue;
            seen.add(key);
            sink.evidence({ category, value: library.value, file: file.path, line });
        }
    }
}
function npmLine(file, library) {
    const manifest = file.documents[0];
    if (!isDict(manifest))
        return undefined;
    const pattern = patternOf(library);
    for (const section of NPM_SECTIONS) {
        const dependencies = manifest[section];
        if (!isDict(dependencies))
            continue;
        const name = Object.keys(dependencies).find((key) => pattern.test(key));
        if (name)
            return file.locator.locate(0, [section, name]).line;
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/evidence/observability.ts






/** Observability evidence: which pillars (metrics, traces, logs, dashboards) the repository shows, and where. */
const observabilityEvidence = {
    name: "observability-evidence",
    create: () => ({
        extract(file, sink) {
            emitSignals(file, OBSERVABILITY_SIGNALS, sink);
            emitLibraries(file, INSTRUMENTATION_LIBRARIES, sink);
            emitCollectorPipelines(file, sink);
            emitGrafanaDataSources(file, sink);
        },
    }),
};
const COLLECTOR = "OpenTelemetry Collector";
const RECEIVERS = /^\s*receivers\s*:/m;
const EXPORTERS = /^\s*exporters\s*:/m;
/**
 * An OpenTelemetry Collector config (standalone, in a ConfigMap, or in a Helm template): each pipeline under
 * `service.pipelines` (`traces`, `metrics/…`, `logs`) proves its pillar. Read from the text, so configs embedded
 * as strings count too; only keys directly under `pipelines:` are read (not `service.telemetry.metrics`).
 */
function emitCollectorPipelines(file, sink) {
    const { text } = file;
    const probe = probeOfText(text);
    if (![RECEIVERS, EXPORTERS].every((pattern) => probe.mayMatch(pattern) && pattern.test(text)))
        return;
    const lines = text.split("\n");
    const found = new Set();
    lines.forEach((line, index) => {
        const header = /^(\s*)pipelines\s*:\s*$/.exec(line);
        if (!header)
            return;
        const indent = (header[1] ?? "").length;
        let childIndent;
        for (let next = index + 1; next < lines.length; next++) {
            const child = lines[next] ?? "";
            if (child.trim() === "" || child.trim().startsWith("#"))
                continue;
            const childLevel = child.length - child.trimStart().length;
            if (childLevel <= indent)
                break;
            childIndent ??= childLevel;
            if (childLevel !== childIndent)
                continue;
            const pillar = /^\s*(traces|metrics|logs)(\/[\w.-]+)?\s*:/.exec(child)?.[1];
            if (!pillar || found.has(pillar))
                continue;
            found.add(pillar);
            sink.evidence({ category: pillar, value: COLLECTOR, file: file.path, line: next + 1 });
        }
    });
}
/** Grafana data-source provisioning: each source's type says which pillar's back end it reads. */
function emitGrafanaDataSources(file, sink) {
    file.documents.forEach((document, doc) => {
        if (!isDict(document) || document.apiVersion !== 1 || !Array.isArray(document.datasources))
            return;
        const seen = new Set();
        document.datasources.forEach((source, index) => {
            if (!isDict(source) || typeof source.type !== "string")
                return;
            const pillar = GRAFANA_DATASOURCE_PILLARS[source.type];
            if (!pillar || seen.has(pillar) || !PILLARS.includes(pillar))
                return;
            seen.add(pillar);
            const { line } = file.locator.locate(doc, ["datasources", index, "type"]);
            sink.evidence({ category: pillar, value: `Grafana data source (${source.type})`, file: file.path, line });
        });
    });
}

;// CONCATENATED MODULE: ./src/extract/evidence/ownership.ts


/** The places GitHub reads CODEOWNERS from, in its order of precedence. */
const CODEOWNERS_PATHS = [".github/CODEOWNERS", "CODEOWNERS", "docs/CODEOWNERS"];
/** Every owner named in CODEOWNERS (`@user`, `@org/team`, an e-mail), each once, on the line it first appears. */
const ownershipEvidence = {
    name: "ownership-evidence",
    create: () => ({
        extract(file, sink) {
            if (!CODEOWNERS_PATHS.includes(file.path))
                return;
            const seen = new Set();
            for (const match of file.text.matchAll(/^[ \t]*([^#\s][^\n]*)$/gm)) {
                const owners = (match[1] ?? "").split("#")[0]?.trim().split(/\s+/).slice(1) ?? [];
                for (const owner of owners) {
                    const key = owner.toLowerCase();
                    if (seen.has(key) || !/^@|@/.test(owner))
                        continue;
                    seen.add(key);
                    sink.evidence({
                        category: EVIDENCE.codeowner,
                        value: owner,
                        file: file.path,
                        line: lineAt(file.text, match.index),
                    });
                }
            }
        },
    }),
};

;// CONCATENATED MODULE: ./src/extract/helm/templates.ts
/** Evidence category for each kind a chart's (unrendered) templates declare. */
const TEMPLATE_KIND = "helm-template-kind";
const KIND_LINE = /^\s*kind:\s*["']?([A-Za-z][A-Za-z0-9]*)["']?\s*(#.*)?$/;
/** The chart folder of a template (`charts/shop/templates/hpa.yaml` → `charts/shop`). */
function chartOfTemplate(path) {
    const parts = path.split("/");
    return parts.slice(0, parts.lastIndexOf("templates")).join("/") || ".";
}
/**
 * Templates are never rendered. Their literal `kind:` lines still say which kinds a chart may create, so checks
 * that look for an object elsewhere (a NetworkPolicy, an Ingress, an HPA's target) know what they cannot see.
 */
function templateKinds(file) {
    const seen = new Set();
    const evidence = [];
    file.text.split(/\r?\n/).forEach((text, index) => {
        const kind = KIND_LINE.exec(text)?.[1];
        if (!kind || seen.has(kind))
            return;
        seen.add(kind);
        evidence.push({ category: TEMPLATE_KIND, value: kind, file: file.path, line: index + 1 });
    });
    return evidence;
}

;// CONCATENATED MODULE: ./src/extract/containers/probes.ts
/** Words for the missing probes, read by the probes policy's message; unknown probes are not called missing. */
function describeMissingProbes(container) {
    if (container.readinessProbe === false) {
        container.missingProbes =
            container.livenessProbe === false ? "no readiness probe (and no liveness probe either)" : "no readiness probe";
    }
    else if (container.livenessProbe === false && container.readinessProbe === true) {
        container.missingProbes = "no liveness probe";
    }
}

;// CONCATENATED MODULE: ./src/extract/helm/values.ts





const HELM_FORMAT = "helm";
/**
 * Whether a values file is laid out as `helm create` scaffolds it, for a chart's own single workload: a top-level
 * `image.repository`. Charts of many services (`image.repo` plus per-service keys) are left to their templates.
 */
const isScaffoldValues = (values) => isDict(values.image) && typeof values.image.repository === "string";
/**
 * The chart's workload as its values describe it (`replicaCount`, `image`, `resources`, probes, `autoscaling`),
 * each field's origin on its values line. What only the templates decide stays absent: probes the values do not
 * declare, requests when the values have no `resources` key (`requestsUnknown`).
 */
function valuesWorkload(chart, values, ref) {
    const at = (...path) => refAt(ref, ...path);
    const image = isDict(values.image) ? values.image : {};
    const repository = asString(image.repository);
    const tag = asString(image.tag);
    const imageName = repository && !repository.includes("{{") ? (tag ? `${repository}:${tag}` : repository) : undefined;
    const container = { name: chart, requests: {}, longRunning: true };
    if (imageName)
        container.image = imageName;
    if (isDict(values.readinessProbe))
        container.readinessProbe = true;
    if (isDict(values.livenessProbe))
        container.livenessProbe = true;
    describeMissingProbes(container);
    const workload = createEntity({ kind: "workload", name: chart, platform: "helm", format: HELM_FORMAT, ref }, {
        workloadType: "helm-values",
        containers: [container],
        podLabels: {},
        images: imageName ? [imageName] : [],
        stateless: true,
    });
    const containerKey = isDict(values.resources) ? "resources" : isDict(values.image) ? "image" : undefined;
    recordOrigin(workload, "containers.0", { ref: containerKey ? at(containerKey) : ref });
    Object.assign(workload, ownershipOf(workload.images));
    workload.serviceKey = serviceKey(chart);
    if ("replicaCount" in values) {
        const replicas = asNumber(values.replicaCount);
        if (replicas === undefined)
            markUnresolved(workload, "replicas", at("replicaCount"));
        else
            setField(workload, "replicas", replicas, at("replicaCount"));
    }
    readRequests(workload, container, values, at);
    const autoscaling = isDict(values.autoscaling) ? values.autoscaling : {};
    workload.autoscaled = asBoolean(autoscaling.enabled) === true;
    return workload;
}
function readRequests(workload, container, values, _at) {
    if (!isDict(values.resources)) {
        workload.requestsUnknown = true;
        return;
    }
    const requests = isDict(values.resources.requests) ? values.resources.requests : {};
    const limits = isDict(values.resources.limits) ? values.resources.limits : {};
    for (const resource of ["cpu", "memory"]) {
        const requested = asString(requests[resource]);
        const limited = asString(limits[resource]);
        if (requested !== undefined)
            container.requests[resource] = requested;
        else if (limited !== undefined)
            container.requests[resource] = limited;
    }
}
/** `autoscaling.enabled: true` renders the scaffold's autoscaling/v2 HPA for the chart's own Deployment. */
function valuesAutoscaler(workload, values, ref) {
    const autoscaling = isDict(values.autoscaling) ? values.autoscaling : undefined;
    if (!autoscaling || asBoolean(autoscaling.enabled) !== true)
        return undefined;
    const at = (key) => refAt(ref, "autoscaling", key);
    const autoscaler = createEntity({ kind: "autoscaler", name: workload.name, platform: "helm", format: HELM_FORMAT, ref: refAt(ref, "autoscaling") }, { scaler: "hpa-v2", effectiveMinReplicas: 1, metrics: [], targetId: workload.id });
    setField(autoscaler, "target", { kind: "Deployment", name: workload.name }, at("enabled"));
    const min = asNumber(autoscaling.minReplicas);
    if (min !== undefined) {
        setField(autoscaler, "minReplicas", min, at("minReplicas"));
        setField(autoscaler, "effectiveMinReplicas", min, at("minReplicas"));
    }
    else {
        setField(autoscaler, "effectiveMinReplicas", 1, at("enabled"), "autoscaling.minReplicas not set: the HorizontalPodAutoscaler default of 1 applies");
    }
    const max = asNumber(autoscaling.maxReplicas);
    if (max !== undefined)
        setField(autoscaler, "maxReplicas", max, at("maxReplicas"));
    for (const [key, resource] of [
        ["targetCPUUtilizationPercentage", "cpu"],
        ["targetMemoryUtilizationPercentage", "memory"],
    ]) {
        const utilization = asNumber(autoscaling[key]);
        if (utilization === undefined)
            continue;
        recordOrigin(autoscaler, `metrics.${autoscaler.metrics.length}`, { ref: at(key) });
        autoscaler.metrics.push({ resource, utilization });
    }
    return autoscaler;
}

;// CONCATENATED MODULE: ./src/extract/helm/adapter.ts




/** Evidence category for a values file with no chart beside it: values for a chart installed from elsewhere. */
const CHARTLESS_VALUES = "helm-values-without-chart";
/**
 * Helm charts: `Chart.yaml` (name; dependencies as evidence), `values.yaml` read as the `helm create` scaffold
 * lays it out, and templates, which are never rendered: each chart with templates is recorded as such
 * (`helm-templates-unrendered`) with the kinds its templates declare. Values wait for their chart in `finish`.
 */
const helmCharts = {
    name: HELM_FORMAT,
    create() {
        const charts = new Map();
        const values = new Map();
        const unrendered = new Set();
        return {
            extract(file, sink) {
                const folder = external_node_path_namespaceObject.posix.dirname(file.path);
                const name = external_node_path_namespaceObject.posix.basename(file.path);
                const doc = file.documents[0];
                if (file.format === "helm-template") {
                    unrendered.add(chartOfTemplate(file.path));
                    for (const evidence of templateKinds(file))
                        sink.evidence(evidence);
                }
                else if (name === "Chart.yaml" && isDict(doc)) {
                    charts.set(folder, { name: asString(doc.name) ?? external_node_path_namespaceObject.posix.basename(folder), file: file.path });
                    dependencies(file, doc, sink);
                }
                else if (name === "requirements.yaml" && isDict(doc)) {
                    dependencies(file, doc, sink);
                }
                else if (name === "values.yaml" && isDict(doc)) {
                    values.set(folder, { file, doc });
                }
            },
            finish(sink) {
                for (const folder of unrendered) {
                    const chart = charts.get(folder);
                    if (chart)
                        sink.evidence({ category: "helm-templates-unrendered", value: folder, file: chart.file, line: 1 });
                }
                for (const [folder, { file, doc }] of values) {
                    const chart = charts.get(folder);
                    if (!chart)
                        sink.evidence({ category: CHARTLESS_VALUES, value: folder, file: file.path, line: 1 });
                    if (!chart || !isScaffoldValues(doc))
                        continue;
                    const ref = { file: file.path, doc: 0, path: [] };
                    const workload = valuesWorkload(chart.name, doc, ref);
                    sink.entity(workload);
                    const autoscaler = valuesAutoscaler(workload, doc, ref);
                    if (autoscaler)
                        sink.entity(autoscaler);
                }
            },
        };
    },
};
function dependencies(file, doc, sink) {
    if (!Array.isArray(doc.dependencies))
        return;
    doc.dependencies.forEach((dependency, index) => {
        const name = isDict(dependency) ? asString(dependency.name) : undefined;
        if (!name)
            return;
        const line = file.locator.locate(0, ["dependencies", index]).line;
        sink.evidence({ category: "chart-dependency", value: name, file: file.path, line });
    });
}

;// CONCATENATED MODULE: ./src/extract/knative/adapter.ts


const KNATIVE_FORMAT = "knative";
const KNATIVE_DEFAULT_TIMEOUT = 300;
/** Scale bounds on the revision template (current and pre-1.0 spellings), then Cloud Run's service-level ones. */
const MIN_SCALE = ["autoscaling.knative.dev/min-scale", "autoscaling.knative.dev/minScale"];
const MAX_SCALE = ["autoscaling.knative.dev/max-scale", "autoscaling.knative.dev/maxScale"];
const SERVICE_MIN_SCALE = ["run.googleapis.com/minScale"];
const SERVICE_MAX_SCALE = ["run.googleapis.com/maxScale"];
function isKnativeService(doc) {
    return (isDict(doc) &&
        doc.kind === "Service" &&
        typeof doc.apiVersion === "string" &&
        doc.apiVersion.startsWith("serving.knative.dev/"));
}
/**
 * Knative Services and Cloud Run services (`serving.knative.dev/v1` Service, in any YAML file, any document of
 * it) are functions on platform `knative`: request timeout, per-instance concurrency and scale bounds.
 */
const knative = {
    name: KNATIVE_FORMAT,
    create: () => ({
        extract(file, sink) {
            if (file.format !== "yaml")
                return;
            file.documents.forEach((doc, index) => {
                if (isKnativeService(doc))
                    sink.entity(knativeFunction(file, index, doc));
            });
        },
    }),
};
function knativeFunction(file, doc, service) {
    const at = (...path) => ({ file: file.path, doc, path });
    const metadata = isDict(service.metadata) ? service.metadata : {};
    const spec = isDict(service.spec) ? service.spec : {};
    const template = isDict(spec.template) ? spec.template : {};
    const revision = isDict(template.spec) ? template.spec : {};
    const templateMetadata = isDict(template.metadata) ? template.metadata : {};
    const name = asString(metadata.name) ?? `${file.path}#${doc}`;
    const namespace = asString(metadata.namespace);
    const fn = createEntity({ kind: "function", name, platform: "knative", format: KNATIVE_FORMAT, ref: at(), qualifier: namespace }, { triggers: [{ kind: "http-other", type: "knative-service", synchronous: true }] });
    fn.origins["triggers.0"] = { ref: at() };
    const number = (field, value, ref) => {
        const parsed = asNumber(value);
        if (parsed === undefined)
            markUnresolved(fn, field, ref);
        else
            setField(fn, field, parsed, ref);
    };
    const revisionPath = ["spec", "template", "spec"];
    if ("timeoutSeconds" in revision)
        number("timeout", revision.timeoutSeconds, at(...revisionPath, "timeoutSeconds"));
    else {
        const note = `timeoutSeconds not set: the Knative default of ${KNATIVE_DEFAULT_TIMEOUT} s applies`;
        setField(fn, "timeout", KNATIVE_DEFAULT_TIMEOUT, at(), note);
    }
    if ("containerConcurrency" in revision) {
        number("containerConcurrency", revision.containerConcurrency, at(...revisionPath, "containerConcurrency"));
    }
    const annotation = (field, onTemplate, onService) => {
        const templateAnnotations = isDict(templateMetadata.annotations) ? templateMetadata.annotations : {};
        const serviceAnnotations = isDict(metadata.annotations) ? metadata.annotations : {};
        const own = onTemplate.find((key) => key in templateAnnotations);
        if (own)
            return number(field, templateAnnotations[own], at("spec", "template", "metadata", "annotations", own));
        const inherited = onService.find((key) => key in serviceAnnotations);
        if (inherited)
            number(field, serviceAnnotations[inherited], at("metadata", "annotations", inherited));
    };
    annotation("minScale", MIN_SCALE, SERVICE_MIN_SCALE);
    annotation("maxScale", MAX_SCALE, SERVICE_MAX_SCALE);
    return fn;
}

;// CONCATENATED MODULE: ./src/extract/kustomize/kustomization.ts


const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/;
const isKustomization = (path) => KUSTOMIZATION.test(path);
/**
 * The paths a kustomization names, resolved against its folder; a path that leaves the scanned root (or a
 * remote URL) is dropped, since archlint never reads outside the root.
 */
function readKustomization(file) {
    const doc = isDict(file.documents[0]) ? file.documents[0] : {};
    const folder = external_node_path_namespaceObject.posix.dirname(file.path);
    const inside = (value) => {
        const path = asString(value);
        if (!path || path.includes("://") || path.startsWith("/"))
            return [];
        const resolved = external_node_path_namespaceObject.posix.normalize(external_node_path_namespaceObject.posix.join(folder, path));
        return resolved.startsWith("../") || resolved === ".." ? [] : [resolved];
    };
    const list = (key) => (Array.isArray(doc[key]) ? doc[key] : []);
    const pathOf = (entry) => (isDict(entry) ? entry.path : entry);
    return {
        resources: [...list("resources"), ...list("bases"), ...list("components")].flatMap(inside),
        patches: [...list("patchesStrategicMerge"), ...list("patchesJson6902"), ...list("patches")]
            .map(pathOf)
            .flatMap(inside),
    };
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/resource.ts


const KUBERNETES_FORMAT = "kubernetes";
const metadataOf = (body) => (isDict(body.metadata) ? body.metadata : {});
const specOf = (body) => (isDict(body.spec) ? body.spec : {});
/** String-valued entries of a label or annotation map. */
function stringMap(value) {
    if (!isDict(value))
        return {};
    const map = {};
    for (const [key, entry] of Object.entries(value)) {
        const text = asString(entry);
        if (text !== undefined)
            map[key] = text;
    }
    return map;
}
/** The objects of a document: the document itself, or the items of a `List` / `*List` kind. */
function resource_resourcesOf(document, ref) {
    if (!isDict(document) || typeof document.apiVersion !== "string" || typeof document.kind !== "string")
        return [];
    if (document.kind.endsWith("List") && Array.isArray(document.items)) {
        return document.items.flatMap((item, index) => resource_resourcesOf(item, refAt(ref, "items", index)));
    }
    const metadata = metadataOf(document);
    const name = asString(metadata.name) ?? asString(metadata.generateName) ?? document.kind.toLowerCase();
    const namespace = asString(metadata.namespace);
    return [{ apiVersion: document.apiVersion, kind: document.kind, name, namespace, body: document, ref }];
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/pod-spec.ts





/** Containers of a pod spec, each with its origin (`containers.N`), requests and probes; also the database. */
function readPodSpec(workload, podSpec, podSpecRef, longRunning) {
    const containers = Array.isArray(podSpec.containers) ? podSpec.containers : [];
    const env = [];
    containers.forEach((container, index) => {
        if (!isDict(container))
            return;
        const ref = refAt(podSpecRef, "containers", index);
        const field = `containers.${workload.containers.length}`;
        const info = {
            name: asString(container.name) ?? `container-${index}`,
            readinessProbe: isDict(container.readinessProbe),
            livenessProbe: isDict(container.livenessProbe),
            requests: {},
            longRunning,
        };
        describeMissingProbes(info);
        const image = asString(container.image);
        if (image)
            info.image = image;
        recordOrigin(workload, field, { ref });
        pod_spec_readRequests(workload, info, container, ref, field);
        workload.containers.push(info);
        env.push(...envOf(container, ref));
    });
    workload.images = workload.containers.flatMap((c) => (c.image ? [c.image] : []));
    markSidecars(workload.containers);
    const database = databaseFromEnv(env);
    if (database)
        setField(workload, "database", database.database, database.ref);
}
/** Pod readiness is the conjunction of its containers': an off-the-shelf helper need not gate it itself. */
function markSidecars(containers) {
    const probed = containers.some((c) => c.readinessProbe && !(c.image && offTheShelfCategory(c.image)));
    if (!probed)
        return;
    for (const container of containers) {
        if (container.image && offTheShelfCategory(container.image))
            container.sidecar = true;
    }
}
/** `resources.requests`, else `resources.limits`: Kubernetes sets a missing request to its limit. */
function pod_spec_readRequests(workload, info, container, ref, field) {
    const resources = isDict(container.resources) ? container.resources : {};
    const requests = isDict(resources.requests) ? resources.requests : {};
    const limits = isDict(resources.limits) ? resources.limits : {};
    for (const resource of ["cpu", "memory"]) {
        const requested = asString(requests[resource]);
        const limited = asString(limits[resource]);
        if (requested !== undefined) {
            info.requests[resource] = requested;
            recordOrigin(workload, `${field}.requests.${resource}`, { ref: refAt(ref, "resources", "requests", resource) });
        }
        else if (limited !== undefined) {
            info.requests[resource] = limited;
            recordOrigin(workload, `${field}.requests.${resource}`, {
                ref: refAt(ref, "resources", "limits", resource),
                note: `no ${resource} request: Kubernetes uses the limit as the request`,
            });
        }
    }
}
function envOf(container, ref) {
    if (!Array.isArray(container.env))
        return [];
    return container.env.flatMap((entry, index) => {
        if (!isDict(entry) || typeof entry.name !== "string")
            return [];
        const value = asString(entry.value);
        return [{ name: entry.name, ...(value !== undefined ? { value } : {}), ref: refAt(ref, "env", index) }];
    });
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/workload.ts






/** Where each workload kind keeps its pod template, below `spec`. */
const POD_TEMPLATE_PATHS = {
    Deployment: ["template"],
    StatefulSet: ["template"],
    DaemonSet: ["template"],
    ReplicaSet: ["template"],
    Job: ["template"],
    CronJob: ["jobTemplate", "spec", "template"],
};
const LONG_RUNNING = new Set(["Deployment", "StatefulSet", "DaemonSet"]);
const STATEFUL = new Set(["StatefulSet", "DaemonSet", "Job", "CronJob"]);
const REPLICATED = new Set(["Deployment", "StatefulSet", "ReplicaSet"]);
const isWorkloadKind = (kind) => kind === "Pod" || kind in POD_TEMPLATE_PATHS;
function toWorkload(resource) {
    const { kind, body, ref } = resource;
    const spec = specOf(body);
    const templatePath = own(POD_TEMPLATE_PATHS, kind);
    const template = templatePath ? dig(spec, templatePath) : body;
    const templateRef = templatePath ? refAt(ref, "spec", ...templatePath) : ref;
    const podSpec = isDict(template?.spec) ? template.spec : {};
    const podLabels = stringMap(metadataOf(template ?? {}).labels);
    const workload = createEntity({
        kind: "workload",
        name: resource.name,
        platform: "kubernetes",
        format: KUBERNETES_FORMAT,
        ref,
        qualifier: qualifier(resource),
    }, {
        workloadType: kind,
        containers: [],
        podLabels,
        images: [],
        stateless: !STATEFUL.has(kind) && !keepsState(resource.name, podSpec),
    });
    if (resource.namespace)
        setField(workload, "namespace", resource.namespace, refAt(ref, "metadata", "namespace"));
    if (REPLICATED.has(kind) && "replicas" in spec)
        workload_readReplicas(workload, spec.replicas, refAt(ref, "spec", "replicas"));
    readPodSpec(workload, podSpec, refAt(templateRef, "spec"), LONG_RUNNING.has(kind));
    Object.assign(workload, ownershipOf(workload.images));
    workload.serviceKey = serviceKey(appName(podLabels, stringMap(metadataOf(body).labels)) ?? resource.name);
    return workload;
}
/**
 * A database run as a Deployment is not stateless: a pod that mounts a PersistentVolumeClaim, or a workload
 * named as a database (`user-db`, `orders-database`), keeps state whatever its kind.
 */
function keepsState(name, podSpec) {
    if (/[-_](db|database)$/i.test(name))
        return true;
    const volumes = Array.isArray(podSpec.volumes) ? podSpec.volumes : [];
    return volumes.some((volume) => isDict(volume) && isDict(volume.persistentVolumeClaim));
}
function workload_readReplicas(workload, value, ref) {
    const replicas = asNumber(value);
    if (replicas === undefined)
        markUnresolved(workload, "replicas", ref);
    else
        setField(workload, "replicas", replicas, ref);
}
/** The application's name from the conventional labels, which both Services and tooling use. */
function appName(...labelMaps) {
    for (const labels of labelMaps) {
        const name = labels["app.kubernetes.io/name"] ?? labels.app ?? labels["k8s-app"];
        if (name)
            return name;
    }
    return undefined;
}
/** Entities of the same name in one file are told apart by kind, namespace and document. */
const qualifier = (resource) => [resource.kind, resource.namespace, String(resource.ref.doc), ...resource.ref.path.map(String)]
    .filter(Boolean)
    .join("/");
function dig(root, path) {
    let node = root;
    for (const key of path)
        node = isDict(node) ? node[key] : undefined;
    return isDict(node) ? node : undefined;
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/autoscaler.ts




/** Kubernetes scales on 80% CPU when an HPA names no metric. */
const DEFAULT_METRIC = { resource: "cpu", utilization: 80 };
function isAutoscaler(resource) {
    return ((resource.kind === "HorizontalPodAutoscaler" && resource.apiVersion.startsWith("autoscaling/")) ||
        (resource.kind === "ScaledObject" && resource.apiVersion.startsWith("keda.sh/")));
}
function toAutoscaler(resource) {
    const { ref } = resource;
    const spec = specOf(resource.body);
    const keda = resource.kind === "ScaledObject";
    const scaler = keda ? "keda" : resource.apiVersion === "autoscaling/v1" ? "hpa-v1" : "hpa-v2";
    const autoscaler = createEntity({
        kind: "autoscaler",
        name: resource.name,
        platform: "kubernetes",
        format: KUBERNETES_FORMAT,
        ref,
        qualifier: qualifier(resource),
    }, { scaler, effectiveMinReplicas: keda ? 0 : 1, metrics: [] });
    const at = (...path) => refAt(ref, "spec", ...path);
    if (resource.namespace)
        setField(autoscaler, "namespace", resource.namespace, refAt(ref, "metadata", "namespace"));
    const minKey = keda ? "minReplicaCount" : "minReplicas";
    const maxKey = keda ? "maxReplicaCount" : "maxReplicas";
    readCount(autoscaler, "minReplicas", spec[minKey], at(minKey));
    if (autoscaler.minReplicas !== undefined) {
        setField(autoscaler, "effectiveMinReplicas", autoscaler.minReplicas, at(minKey));
    }
    else if (!autoscaler.unresolved?.includes("minReplicas")) {
        const note = keda
            ? "minReplicaCount not set: KEDA scales to zero by default"
            : "minReplicas not set: the HorizontalPodAutoscaler default of 1 applies";
        setField(autoscaler, "effectiveMinReplicas", autoscaler.effectiveMinReplicas, refAt(ref, "spec"), note);
    }
    readCount(autoscaler, "maxReplicas", spec[maxKey], at(maxKey));
    if (keda && autoscaler.maxReplicas === undefined && !(maxKey in spec))
        autoscaler.maxReplicas = 100;
    const target = isDict(spec.scaleTargetRef) ? spec.scaleTargetRef : {};
    const targetName = asString(target.name);
    if (targetName) {
        const kind = asString(target.kind) ?? "Deployment";
        setField(autoscaler, "target", { kind, name: targetName }, at("scaleTargetRef", "name"));
    }
    readMetrics(autoscaler, spec, keda, at);
    return autoscaler;
}
function readCount(autoscaler, field, value, ref) {
    if (value === undefined)
        return;
    const count = asNumber(value);
    if (count === undefined)
        markUnresolved(autoscaler, field, ref);
    else
        setField(autoscaler, field, count, ref);
}
function readMetrics(autoscaler, spec, keda, at) {
    const add = (metric, ref, note) => {
        autoscaler.origins[`metrics.${autoscaler.metrics.length}`] = note ? { ref, note } : { ref };
        autoscaler.metrics.push(metric);
    };
    if (keda) {
        (Array.isArray(spec.triggers) ? spec.triggers : []).forEach((trigger, index) => {
            const type = isDict(trigger) ? asString(trigger.type) : undefined;
            if (type !== "cpu" && type !== "memory")
                return;
            const metadata = isDict(trigger.metadata) ? trigger.metadata : {};
            const metricType = asString(trigger.metricType) ?? asString(metadata.type) ?? "Utilization";
            const metric = { resource: type };
            if (metricType === "Utilization")
                metric.utilization = asNumber(metadata.value) ?? 0;
            add(metric, at("triggers", index));
        });
        return;
    }
    if ("targetCPUUtilizationPercentage" in spec) {
        const utilization = asNumber(spec.targetCPUUtilizationPercentage);
        add({ resource: "cpu", ...(utilization !== undefined ? { utilization } : {}) }, at("targetCPUUtilizationPercentage"));
    }
    (Array.isArray(spec.metrics) ? spec.metrics : []).forEach((metric, index) => {
        const read = isDict(metric) ? resourceMetric(metric) : undefined;
        if (read)
            add(read, at("metrics", index));
    });
    const declaresMetrics = "targetCPUUtilizationPercentage" in spec || (Array.isArray(spec.metrics) && spec.metrics.length > 0);
    if (!declaresMetrics)
        add(DEFAULT_METRIC, refAt(autoscaler.ref, "spec"), "no metric set: Kubernetes scales on 80% CPU utilization");
}
/** `Resource` and `ContainerResource` metrics (v2 `target.averageUtilization`, v2beta1 `targetAverageUtilization`). */
function resourceMetric(metric) {
    const body = isDict(metric.resource)
        ? metric.resource
        : isDict(metric.containerResource)
            ? metric.containerResource
            : undefined;
    const resource = body ? asString(body.name) : undefined;
    if (!body || !resource)
        return undefined;
    const target = isDict(body.target) ? body.target : {};
    const utilization = asNumber(target.averageUtilization) ?? asNumber(body.targetAverageUtilization);
    const byUtilization = utilization !== undefined || asString(target.type) === "Utilization";
    return byUtilization ? { resource, utilization: utilization ?? 0 } : { resource };
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/evidence.ts



/** Kinds that prove a metrics pipeline, by API group. */
const METRICS_KINDS = [
    [/^monitoring\.coreos\.com\//, /^(ServiceMonitor|PodMonitor|PrometheusRule|Prometheus|Probe)$/],
    [/^monitoring\.googleapis\.com\//, /^(PodMonitoring|ClusterPodMonitoring)$/],
];
const MESH_GROUPS = [
    [/^(networking|security|telemetry)\.istio\.io\//, "Istio"],
    [/^(linkerd\.io|policy\.linkerd\.io|split\.smi-spec\.io)\//, "Linkerd"],
];
const MESH_ANNOTATIONS = [
    ["sidecar.istio.io/inject", "Istio"],
    ["linkerd.io/inject", "Linkerd"],
];
/** Monitoring and mesh evidence of one object: its kind, its Prometheus scrape annotations, its mesh injection. */
function evidenceOf(resource, at) {
    const found = [];
    const { apiVersion, kind, body, ref } = resource;
    if (METRICS_KINDS.some(([group, kinds]) => group.test(apiVersion) && kinds.test(kind)))
        found.push(at("metrics", kind, ref));
    const mesh = MESH_GROUPS.find(([group]) => group.test(apiVersion));
    if (mesh)
        found.push(at("mesh", `${mesh[1]} ${kind}`, ref));
    if (kind === "PodDisruptionBudget")
        found.push(at("disruption-budget", resource.name, ref));
    const metadata = metadataOf(body);
    const spec = isDict(body.spec) ? body.spec : {};
    const template = isDict(spec.template) ? spec.template : {};
    const places = [
        [stringMap(metadata.annotations), refAt(ref, "metadata", "annotations")],
        [stringMap(metadataOf(template).annotations), refAt(ref, "spec", "template", "metadata", "annotations")],
    ];
    for (const [annotations, place] of places) {
        if (annotations["prometheus.io/scrape"] === "true")
            found.push(at("metrics", "prometheus.io/scrape", place));
        for (const [key, meshName] of MESH_ANNOTATIONS) {
            if (annotations[key] === "enabled" || annotations[key] === "true")
                found.push(at("mesh", `${meshName} ${key}`, place));
        }
    }
    const labels = stringMap(metadata.labels);
    if (kind === "Namespace" && labels["istio-injection"] === "enabled") {
        found.push(at("mesh", "Istio istio-injection", refAt(ref, "metadata", "labels")));
    }
    return found;
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/network.ts




/** Kinds that put a gateway in front of services, keyed by `kind`, with the API group that must match. */
const GATEWAY_KINDS = {
    Ingress: /^(networking|extensions)\.k8s\.io\//,
    Gateway: /^(gateway\.networking\.k8s\.io|networking\.istio\.io)\//,
    HTTPRoute: /^gateway\.networking\.k8s\.io\//,
    GRPCRoute: /^gateway\.networking\.k8s\.io\//,
    VirtualService: /^networking\.istio\.io\//,
    IngressRoute: /^traefik\.(containo\.us|io)\//,
};
const start = (resource, kind) => ({
    kind,
    name: resource.name,
    platform: "kubernetes",
    format: KUBERNETES_FORMAT,
    ref: resource.ref,
    qualifier: qualifier(resource),
});
function isGateway(resource) {
    return own(GATEWAY_KINDS, resource.kind)?.test(resource.apiVersion) ?? false;
}
function toService(resource) {
    const spec = specOf(resource.body);
    const service = createEntity(start(resource, "service"), {
        type: asString(spec.type) ?? "ClusterIP",
        selector: stringMap(spec.selector),
        ports: (Array.isArray(spec.ports) ? spec.ports : []).flatMap((port) => isDict(port)
            ? [{ port: asNumber(port.port), ...(port.nodePort ? { nodePort: asNumber(port.nodePort) } : {}) }]
            : []),
    });
    setField(service, "type", service.type, "type" in spec ? refAt(resource.ref, "spec", "type") : resource.ref);
    if (resource.namespace)
        setField(service, "namespace", resource.namespace, refAt(resource.ref, "metadata", "namespace"));
    return service;
}
function toGateway(resource) {
    const gateway = createEntity(start(resource, "gateway"), {
        gatewayKind: resource.kind,
        apiVersion: resource.apiVersion,
    });
    if (resource.namespace)
        setField(gateway, "namespace", resource.namespace, refAt(resource.ref, "metadata", "namespace"));
    return gateway;
}
function isNetworkPolicy(resource) {
    return resource.kind === "NetworkPolicy" && resource.apiVersion.startsWith("networking.k8s.io/");
}
function toNetworkPolicy(resource) {
    const spec = specOf(resource.body);
    const selector = isDict(spec.podSelector) ? spec.podSelector : {};
    const expressions = Array.isArray(selector.matchExpressions) ? selector.matchExpressions : [];
    const policy = createEntity(start(resource, "network-policy"), {
        podSelector: {
            matchLabels: stringMap(selector.matchLabels),
            matchExpressions: expressions.flatMap((e) => isDict(e) && typeof e.key === "string"
                ? [
                    {
                        key: e.key,
                        operator: asString(e.operator) ?? "In",
                        values: (Array.isArray(e.values) ? e.values : []).map(String),
                    },
                ]
                : []),
        },
        policyTypes: Array.isArray(spec.policyTypes) ? spec.policyTypes.map(String) : ["Ingress"],
    });
    if (resource.namespace)
        setField(policy, "namespace", resource.namespace, refAt(resource.ref, "metadata", "namespace"));
    return policy;
}

;// CONCATENATED MODULE: ./src/extract/kubernetes/adapter.ts






/** Knative Services are serverless functions, modelled by the Knative adapter. */
const SKIPPED_GROUPS = /^serving\.knative\.dev\//;
/**
 * Kubernetes objects in YAML or JSON files (many documents per file, `List` kinds unwrapped). Each object is
 * read once, from the file and document that declares it, however many kustomizations include that file; files
 * a kustomization names as patches hold partial objects and are left out. So entities wait for `finish`.
 */
const kubernetes = {
    name: KUBERNETES_FORMAT,
    create() {
        const files = [];
        const patches = new Set();
        return {
            extract(file, sink) {
                if (file.format !== "yaml" && file.format !== "json")
                    return;
                if (isKustomization(file.path)) {
                    const kustomization = readKustomization(file);
                    for (const patch of kustomization.patches)
                        patches.add(patch);
                    sink.evidence({ category: "kustomize", value: file.path, file: file.path, line: 1 });
                    return;
                }
                const resources = file.documents.flatMap((document, doc) => resource_resourcesOf(document, { file: file.path, doc, path: [] }).filter((r) => !SKIPPED_GROUPS.test(r.apiVersion)));
                if (resources.length > 0)
                    files.push({ file, resources });
            },
            finish(sink) {
                for (const { file, resources } of files) {
                    if (patches.has(file.path))
                        continue;
                    const at = (category, value, ref) => ({
                        category,
                        value,
                        file: ref.file,
                        line: file.locator.locate(ref.doc, ref.path).line,
                    });
                    for (const resource of resources) {
                        const entity = toEntity(resource);
                        if (entity)
                            sink.entity(entity);
                        for (const evidence of evidenceOf(resource, at))
                            sink.evidence(evidence);
                    }
                }
            },
        };
    },
};
function toEntity(resource) {
    if (isWorkloadKind(resource.kind) && /^(apps|batch|extensions|v1$)/.test(resource.apiVersion))
        return toWorkload(resource);
    if (isAutoscaler(resource))
        return toAutoscaler(resource);
    if (resource.kind === "Service" && resource.apiVersion === "v1")
        return toService(resource);
    if (isGateway(resource))
        return toGateway(resource);
    if (isNetworkPolicy(resource))
        return toNetworkPolicy(resource);
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/terraform/references.ts
const references_UNRESOLVED = Symbol("unresolved");
const references_MAX_DEPTH = 8;
const WHOLE_VARIABLE = /^\$\{\s*(var|local)\.([\w-]+)\s*\}$/;
const INTERPOLATION = /\$\{([^{}]*)\}/g;
/**
 * Resolves `var.x` to the variable's default and `local.x` to the local's value, also inside a string template
 * (`"/aws/lambda/${var.name}"`). Anything else (resources, data sources, functions, operators, variables with
 * no default) is UNRESOLVED: a scan never guesses a value.
 */
function resolveValue(value, module, depth = 0) {
    if (typeof value !== "string" || !value.includes("${"))
        return value;
    if (depth > references_MAX_DEPTH || value.includes("%{"))
        return references_UNRESOLVED;
    const whole = WHOLE_VARIABLE.exec(value);
    if (whole)
        return lookup(whole[1], whole[2], module, depth);
    let unresolved = false;
    const text = value.replace(INTERPOLATION, (match, inner) => {
        const part = /^\s*(var|local)\.([\w-]+)\s*$/.exec(inner);
        const resolved = part ? lookup(part[1], part[2], module, depth) : references_UNRESOLVED;
        if (typeof resolved === "string" || typeof resolved === "number" || typeof resolved === "boolean")
            return String(resolved);
        unresolved = true;
        return match;
    });
    return unresolved || text.replace(/\$\$\{/g, "").includes("${") ? references_UNRESOLVED : text;
}
function lookup(kind, name, module, depth) {
    if (kind === "var") {
        const body = module.variables.get(name)?.body;
        if (!body || !("default" in body) || body.default === null)
            return references_UNRESOLVED;
        return resolveValue(body.default, module, depth + 1);
    }
    const local = module.locals.get(name);
    return local ? resolveValue(local.value, module, depth + 1) : references_UNRESOLVED;
}
const REFERENCE = /\b(data\.)?([a-z][\w-]*)\.([\w-]+)(?:\[[^\]]*\])?(?:\.([\w-]+))?/g;
const NOT_RESOURCES = new Set(["var", "local", "each", "count", "path", "terraform", "self"]);
/** The resources, data sources and modules an expression refers to, in order. */
function referencesIn(value) {
    if (typeof value !== "string" || !value.includes("${"))
        return [];
    const found = [];
    for (const expression of value.matchAll(/\$\{([\s\S]*?)\}/g)) {
        for (const match of expression[1].matchAll(REFERENCE)) {
            const [, data, type = "", name = "", attribute] = match;
            if (NOT_RESOURCES.has(type))
                continue;
            const address = `${data ? "data." : ""}${type}.${name}`;
            found.push({ address, type, name, ...(attribute ? { attribute } : {}) });
        }
    }
    return found;
}

;// CONCATENATED MODULE: ./src/extract/terraform/fields.ts


const TERRAFORM_FORMAT = "terraform";
/** Reads attributes of one block into an entity, resolving variables and recording each value's origin. */
class FieldReader {
    module;
    entity;
    constructor(module, entity) {
        this.module = module;
        this.entity = entity;
    }
    /**
     * Sets `field` from `body[attribute]` when present. A value that does not resolve or convert is marked
     * unresolved; `skip` values (Terraform's `-1` for "not set") are left out. Returns whether the attribute is set.
     */
    read(field, body, attribute, ref, convert, skip) {
        if (!(attribute in body) || body[attribute] === null)
            return false;
        const at = refAt(ref, attribute);
        const resolved = resolveValue(body[attribute], this.module);
        const value = resolved === references_UNRESOLVED || resolved === null ? undefined : convert(resolved);
        if (value === undefined)
            markUnresolved(this.entity, field, at);
        else if (value !== skip)
            setField(this.entity, field, value, at, resolvedFrom(body[attribute]));
        return true;
    }
}
/** Says where a value came from when it was a variable or a local, so the finding explains its number. */
function resolvedFrom(raw) {
    const reference = typeof raw === "string" ? /^\$\{\s*(var|local)\.([\w-]+)\s*\}$/.exec(raw) : null;
    if (!reference)
        return undefined;
    return reference[1] === "var" ? `from the default of var.${reference[2]}` : `from local.${reference[2]}`;
}

;// CONCATENATED MODULE: ./src/extract/terraform/conditions.ts


const CONDITIONAL = /^\$\{([^?]+)\?\s*(\d+)\s*:\s*(\d+)\s*\}$/;
const COMPARISON = /^(.+?)\s*(==|!=|>=|<=|>|<)\s*(.+)$/;
/**
 * Whether a block is created with the module's defaults: `count = 0`, `count = <condition> ? 1 : 0` whose
 * condition is false, or an empty literal `for_each` mean it is not. Anything that cannot be decided counts
 * as created, so a conditional resource is judged as written.
 */
function isCreated(body, module) {
    if ("for_each" in body) {
        const each = body.for_each;
        if ((Array.isArray(each) && each.length === 0) || (isDict(each) && Object.keys(each).length === 0))
            return false;
    }
    if (!("count" in body))
        return true;
    const count = body.count;
    const literal = asNumber(resolveValue(count, module));
    if (literal !== undefined)
        return literal > 0;
    const conditional = typeof count === "string" ? CONDITIONAL.exec(count.trim()) : null;
    if (!conditional)
        return true;
    const [, condition = "", whenTrue = "1", whenFalse = "1"] = conditional;
    const value = evaluateCondition(condition, module, 0);
    return value === undefined ? true : Number(value ? whenTrue : whenFalse) > 0;
}
/** A conjunction of (negated) booleans and comparisons of variables and locals with literals. */
function evaluateCondition(text, module, depth) {
    if (depth > 4 || /\|\||[()?]/.test(text))
        return undefined;
    let result = true;
    for (const term of text.split("&&")) {
        const value = evaluateTerm(term.trim(), module, depth);
        if (value === undefined)
            return undefined;
        result &&= value;
    }
    return result;
}
function evaluateTerm(term, module, depth) {
    const comparison = COMPARISON.exec(term);
    if (comparison) {
        const [, left = "", operator = "", right = ""] = comparison;
        return compare(operand(left, module, depth), operator, operand(right, module, depth));
    }
    const negated = term.startsWith("!");
    const value = operand(negated ? term.slice(1).trim() : term, module, depth);
    if (typeof value !== "boolean")
        return undefined;
    return negated ? !value : value;
}
function operand(text, module, depth) {
    if (/^(var|local)\.[\w-]+$/.test(text)) {
        const value = resolveValue(`\${${text}}`, module);
        if (value !== references_UNRESOLVED)
            return value;
        const local = text.startsWith("local.") ? module.locals.get(text.slice(6))?.value : undefined;
        const inner = typeof local === "string" ? /^\$\{([\s\S]*)\}$/.exec(local)?.[1] : undefined;
        return inner === undefined ? undefined : evaluateCondition(inner, module, depth + 1);
    }
    if (text === "true" || text === "false")
        return text === "true";
    if (/^-?\d+(\.\d+)?$/.test(text))
        return Number(text);
    const quoted = /^"([^"]*)"$/.exec(text);
    return quoted ? quoted[1] : undefined;
}
function compare(left, operator, right) {
    if (left === undefined || right === undefined || left === null)
        return undefined;
    if (operator === "==")
        return left === right;
    if (operator === "!=")
        return left !== right;
    if (typeof left !== "number" || typeof right !== "number")
        return undefined;
    if (operator === ">")
        return left > right;
    if (operator === "<")
        return left < right;
    if (operator === ">=")
        return left >= right;
    return left <= right;
}

;// CONCATENATED MODULE: ./src/extract/terraform/module.ts



/**
 * The files of one directory are one Terraform module: variables, locals and resources declared in any of them
 * are visible in all. `.tf` files arrive as HCL documents and `.tf.json` files as JSON, in the same shape.
 */
class TerraformModule {
    dir;
    resources = new Map();
    data = new Map();
    modules = [];
    variables = new Map();
    locals = new Map();
    constructor(dir) {
        this.dir = dir;
    }
    add(file, doc) {
        const at = (...path) => ({ file, doc: 0, path });
        for (const { labels, body, path } of labelled(doc.resource, 2, ["resource"])) {
            const [type, name] = labels;
            push(this.resources, type, { address: `${type}.${name}`, type, name, body, ref: at(...path) });
        }
        for (const { labels, body, path } of labelled(doc.data, 2, ["data"])) {
            const [type, name] = labels;
            push(this.data, type, { address: `data.${type}.${name}`, type, name, body, ref: at(...path) });
        }
        for (const { labels, body, path } of labelled(doc.module, 1, ["module"])) {
            const name = labels[0];
            this.modules.push({ address: `module.${name}`, type: "module", name, body, ref: at(...path) });
        }
        for (const { labels, body, path } of labelled(doc.variable, 1, ["variable"])) {
            const name = labels[0];
            if (!this.variables.has(name))
                this.variables.set(name, { address: `var.${name}`, type: "variable", name, body, ref: at(...path) });
        }
        for (const { body, path } of blocks(doc, "locals", [])) {
            for (const [name, value] of Object.entries(body)) {
                if (!this.locals.has(name))
                    this.locals.set(name, { value, ref: at(...path, name) });
            }
        }
    }
    /** Every resource of the given types that the module's defaults create (see `isCreated`). */
    all(...types) {
        return this.created(types.flatMap((type) => this.resources.get(type) ?? []));
    }
    /** Data sources of a type, likewise. */
    dataSources(type) {
        return this.created(this.data.get(type) ?? []);
    }
    created(blocks) {
        return blocks.filter((block) => isCreated(block.body, this));
    }
    find(address) {
        const [type, name] = address.split(".");
        return (this.resources.get(type ?? "") ?? []).find((block) => block.name === name);
    }
}
function moduleDirOf(file) {
    return external_node_path_namespaceObject.posix.dirname(file);
}
function push(map, key, block) {
    const list = map.get(key);
    if (list)
        list.push(block);
    else
        map.set(key, [block]);
}
/**
 * Blocks nested `depth` labels deep. HCL documents nest one object per label; `.tf.json` may also wrap any level
 * in a list (`"resource": [{ … }]`, `"api": [{ … }]`).
 */
function labelled(value, depth, path) {
    if (Array.isArray(value))
        return value.flatMap((item, index) => labelled(item, depth, [...path, index]));
    if (!isDict(value))
        return [];
    if (depth === 0)
        return [{ labels: [], body: value, path }];
    return Object.entries(value).flatMap(([label, inner]) => labelled(inner, depth - 1, [...path, label]).map((found) => ({ ...found, labels: [label, ...found.labels] })));
}
/** The nested blocks called `name` in a body: a list in HCL (`tracing_config[0]`), a list or an object in JSON. */
function blocks(body, name, path) {
    const value = body[name];
    if (isDict(value))
        return [{ body: value, path: [...path, name] }];
    if (!Array.isArray(value))
        return [];
    return value.flatMap((item, index) => (isDict(item) ? [{ body: item, path: [...path, name, index] }] : []));
}
/** A dynamic block of that name makes its content unknown. */
function hasDynamic(body, name) {
    const dynamic = body.dynamic;
    if (isDict(dynamic))
        return name in dynamic;
    return Array.isArray(dynamic) && dynamic.some((item) => isDict(item) && name in item);
}

;// CONCATENATED MODULE: ./src/extract/terraform/functions.ts





const functions_LAMBDA_DEFAULT_TIMEOUT = 3;
/** A function entity named by its resolved `function_name`, else by its Terraform address. */
function newFunction(block, module, nameAttribute) {
    const resolved = resolveValue(nameAttribute, module);
    const name = typeof resolved === "string" && resolved !== "" ? resolved : block.address;
    return createEntity({
        kind: "function",
        name,
        platform: "aws-lambda",
        format: TERRAFORM_FORMAT,
        ref: block.ref,
        qualifier: block.address,
    }, { triggers: [] });
}
/** `aws_lambda_function`: its own settings; triggers, log groups and destinations are joined later. */
function lambdaFunction(block, module) {
    const { body, ref } = block;
    const fn = newFunction(block, module, body.function_name);
    const reader = new FieldReader(module, fn);
    if (!reader.read("timeout", body, "timeout", ref, asNumber)) {
        const note = `timeout not set: the Lambda default of ${functions_LAMBDA_DEFAULT_TIMEOUT} s applies`;
        setField(fn, "timeout", functions_LAMBDA_DEFAULT_TIMEOUT, ref, note);
    }
    reader.read("memory", body, "memory_size", ref, asNumber);
    reader.read("runtime", body, "runtime", ref, asString);
    reader.read("reservedConcurrency", body, "reserved_concurrent_executions", ref, asNumber, -1);
    const tracing = nestedBlock(body, "tracing_config", ref);
    if (tracing)
        reader.read("tracing", tracing.body, "mode", tracing.ref, (mode) => isActive(mode));
    else if (hasDynamic(body, "tracing_config"))
        markUnresolved(fn, "tracing", refAt(ref, "dynamic", "tracing_config"));
    const deadLetter = nestedBlock(body, "dead_letter_config", ref);
    if (deadLetter)
        setField(fn, "failureDestination", true, deadLetter.ref);
    else if (hasDynamic(body, "dead_letter_config"))
        markUnresolved(fn, "failureDestination", refAt(ref, "dynamic", "dead_letter_config"));
    const snapStart = nestedBlock(body, "snap_start", ref);
    if (snapStart)
        reader.read("snapStart", snapStart.body, "apply_on", snapStart.ref, (v) => v === "PublishedVersions");
    return fn;
}
function isActive(mode) {
    const text = asString(mode);
    return text === undefined ? undefined : text.toLowerCase() === "active";
}
/** The first nested block of that name, with its reference. */
function nestedBlock(body, name, ref) {
    const first = blocks(body, name, [...ref.path])[0];
    return first ? { body: first.body, ref: { ...ref, path: first.path } } : undefined;
}
/** A literal (or variable-resolved) string, else undefined. */
function literal(value, module) {
    const resolved = resolveValue(value, module);
    return resolved === references_UNRESOLVED ? undefined : asString(resolved);
}

;// CONCATENATED MODULE: ./src/extract/terraform/function-index.ts



/** The functions of one module, found from the attributes that name them in other resources. */
class FunctionIndex {
    module;
    byAddress = new Map();
    byName = new Map();
    constructor(module) {
        this.module = module;
    }
    add(address, fn) {
        this.byAddress.set(address, fn);
        if (!this.byName.has(fn.name))
            this.byName.set(fn.name, fn);
    }
    all() {
        return [...this.byAddress.values()];
    }
    /**
     * The function a value names: a reference to an `aws_lambda_function` or lambda module (any attribute: arn,
     * invoke_arn, function_name), to an alias of one, or its literal name or ARN.
     */
    find(value, depth = 0) {
        for (const reference of referencesIn(value)) {
            const direct = this.byAddress.get(reference.address);
            if (direct)
                return direct;
            const alias = reference.type === "aws_lambda_alias" ? this.module.find(reference.address) : undefined;
            if (alias && depth < 3)
                return this.find(alias.body.function_name, depth + 1);
        }
        const text = literal(value, this.module);
        if (!text)
            return undefined;
        return this.byName.get(/:function:([^:]+)/.exec(text)?.[1] ?? text);
    }
}
/** Appends a trigger and records the resource that declares it as the trigger's origin. */
function function_index_addTrigger(fn, trigger, ref) {
    recordOrigin(fn, `triggers.${fn.triggers.length}`, { ref });
    fn.triggers.push(trigger);
}

;// CONCATENATED MODULE: ./src/extract/terraform/function-settings.ts





/** Settings declared in resources of their own: provisioned concurrency, async on-failure, log group retention. */
function joinSettings(module, functions) {
    for (const block of module.all("aws_lambda_provisioned_concurrency_config")) {
        const fn = functions.find(block.body.function_name);
        if (fn) {
            const reader = new FieldReader(module, fn);
            reader.read("provisionedConcurrency", block.body, "provisioned_concurrent_executions", block.ref, asNumber);
        }
    }
    for (const block of module.all("aws_lambda_function_event_invoke_config")) {
        const fn = functions.find(block.body.function_name);
        const destination = nestedBlock(block.body, "destination_config", block.ref);
        const onFailure = destination ? nestedBlock(destination.body, "on_failure", destination.ref) : undefined;
        if (fn && onFailure)
            setField(fn, "failureDestination", true, onFailure.ref);
    }
    for (const block of module.all("aws_cloudwatch_log_group")) {
        const fn = loggedFunction(block, module, functions);
        if (fn)
            new FieldReader(module, fn).read("logRetentionDays", block.body, "retention_in_days", block.ref, positive, 0);
    }
}
const positive = (value) => {
    const days = asNumber(value);
    return days === undefined ? undefined : Math.max(days, 0);
};
/**
 * The function a log group belongs to: named `/aws/lambda/${aws_lambda_function.x.function_name}` (or a literal
 * `/aws/lambda/<name>`), or named in the function's own `logging_config.log_group`.
 */
function loggedFunction(group, module, functions) {
    const name = group.body.name;
    if (typeof name === "string" && name.startsWith("/aws/lambda/")) {
        const byReference = functions.find(name);
        if (byReference)
            return byReference;
        const text = literal(name, module);
        if (text)
            return functions.find(text.slice("/aws/lambda/".length));
    }
    for (const fn of module.all("aws_lambda_function")) {
        const logging = nestedBlock(fn.body, "logging_config", fn.ref);
        const named = referencesIn(logging?.body.log_group).some((r) => r.address === group.address);
        if (named)
            return functions.find(`\${${fn.address}.arn}`);
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/extract/terraform/iam.ts



const POLICY_RESOURCES = ["aws_iam_policy", "aws_iam_role_policy", "aws_iam_user_policy", "aws_iam_group_policy"];
/**
 * IAM statements: JSON policy documents in `policy` attributes (a heredoc, a JSON string or `jsonencode({…})`),
 * a role's `inline_policy` blocks, and `aws_iam_policy_document` data sources. Each statement points at its own
 * line, inside a heredoc too. Statements with `NotAction` or without an `Effect` are not judged.
 */
function iamStatements(module, sink) {
    for (const block of module.all(...POLICY_RESOURCES)) {
        iam_documentStatements(block.body.policy, refAt(block.ref, "policy"), block.address, sink);
    }
    for (const block of module.all("aws_iam_role")) {
        for (const inline of blocks(block.body, "inline_policy", [...block.ref.path])) {
            const ref = { ...block.ref, path: [...inline.path, "policy"] };
            iam_documentStatements(inline.body.policy, ref, block.address, sink);
        }
    }
    for (const block of module.dataSources("aws_iam_policy_document")) {
        for (const statement of blocks(block.body, "statement", [...block.ref.path])) {
            const { body } = statement;
            if ("not_actions" in body)
                continue;
            sink.statement({
                owner: block.address,
                effect: asString(body.effect) ?? "Allow",
                actions: strings(body.actions),
                resources: strings(body.resources),
                ref: { ...block.ref, path: statement.path },
            });
        }
    }
}
function iam_documentStatements(policy, ref, owner, sink) {
    const document = typeof policy === "string" ? iam_parseJson(policy) : policy;
    if (!isDict(document))
        return;
    const list = document.Statement;
    const items = Array.isArray(list)
        ? list.map((item, index) => [item, ["Statement", index]])
        : [[list, ["Statement"]]];
    for (const [item, path] of items) {
        if (!isDict(item) || "NotAction" in item || typeof item.Effect !== "string")
            continue;
        const statement = {
            owner,
            effect: item.Effect,
            actions: strings(item.Action),
            resources: strings(item.Resource),
            ref: refAt(ref, ...path),
        };
        sink.statement(statement);
    }
}
function iam_parseJson(text) {
    if (!text.trimStart().startsWith("{"))
        return undefined;
    try {
        const parsed = JSON.parse(text);
        return isDict(parsed) ? parsed : undefined;
    }
    catch {
        return undefined;
    }
}
function strings(value) {
    const list = Array.isArray(value) ? value : [value];
    return list.filter((item) => typeof item === "string");
}

;// CONCATENATED MODULE: ./src/extract/terraform/queues.ts





const SQS_DEFAULT_VISIBILITY = 30;
/** The key a trigger's `sourceKey` and a queue's `keys` share: `tf:<module dir>#aws_sqs_queue.name`. */
function queues_queueKey(dir, address) {
    return `tf:${dir}#${address}`;
}
/** `aws_sqs_queue` resources, with their visibility timeout (default 30 s) and whether a redrive policy exists. */
function queues(module) {
    const redriven = new Set(module.all("aws_sqs_queue_redrive_policy").flatMap((b) => referencesIn(b.body.queue_url).map((r) => r.address)));
    return module.all("aws_sqs_queue").map((block) => {
        const { body, ref } = block;
        const queue = createEntity({
            kind: "queue",
            name: literal(body.name, module) ?? block.address,
            platform: "aws-sqs",
            format: TERRAFORM_FORMAT,
            ref,
            qualifier: block.address,
        }, { keys: [queues_queueKey(module.dir, block.address)] });
        const reader = new FieldReader(module, queue);
        if (!reader.read("visibilityTimeout", body, "visibility_timeout_seconds", ref, asNumber)) {
            const note = `visibility_timeout_seconds not set: the SQS default of ${SQS_DEFAULT_VISIBILITY} s applies`;
            setField(queue, "visibilityTimeout", SQS_DEFAULT_VISIBILITY, ref, note);
        }
        const redrive = body.redrive_policy != null && body.redrive_policy !== "";
        setField(queue, "hasRedrive", redrive || redriven.has(block.address), redrive ? refAt(ref, "redrive_policy") : ref);
        return queue;
    });
}

;// CONCATENATED MODULE: ./src/extract/terraform/triggers.ts






const SOURCE_KINDS = {
    aws_sqs_queue: "queue",
    aws_mq_broker: "queue",
    aws_kinesis_stream: "stream",
    aws_dynamodb_table: "stream",
    aws_msk_cluster: "stream",
    aws_msk_serverless_cluster: "stream",
    aws_docdb_cluster: "stream",
};
const ARN_KINDS = [
    [/^arn:[\w-]+:sqs:/, "queue"],
    [/^arn:[\w-]+:mq:/, "queue"],
    [/^arn:[\w-]+:(kinesis|dynamodb|kafka):/, "stream"],
];
/**
 * An event source mapping as a trigger: the kind from what `event_source_arn` names (an SQS queue reference
 * joins the queue entity through `sourceKey`), `scaling_config.maximum_concurrency`, and the on-failure
 * destination. Serves the resource and the lambda module's `event_source_mapping` entries alike.
 */
function eventSourceTrigger(body, ref, module) {
    const source = body.event_source_arn;
    const reference = referencesIn(source)[0];
    const trigger = { kind: "other", type: "aws_lambda_event_source_mapping" };
    if (source !== undefined)
        trigger.source = source;
    if (reference) {
        trigger.kind = own(SOURCE_KINDS, reference.type) ?? "other";
        if (reference.type === "aws_sqs_queue")
            trigger.sourceKey = queues_queueKey(module.dir, reference.address);
    }
    else {
        const arn = literal(source, module);
        trigger.kind = ARN_KINDS.find(([pattern]) => arn && pattern.test(arn))?.[1] ?? "other";
        if (arn && trigger.kind === "queue")
            trigger.sourceKey = arn;
    }
    if ("self_managed_event_source" in body)
        trigger.kind = "stream";
    const scaling = nestedBlock(body, "scaling_config", ref);
    const maximum = scaling ? asNumber(resolveValue(scaling.body.maximum_concurrency, module)) : undefined;
    if (maximum !== undefined)
        trigger.maximumConcurrency = maximum;
    const destination = nestedBlock(body, "destination_config", ref);
    const onFailure = destination ? nestedBlock(destination.body, "on_failure", destination.ref) : undefined;
    let failureRef = onFailure?.ref;
    if (!failureRef && body.destination_arn_on_failure != null)
        failureRef = refAt(ref, "destination_arn_on_failure");
    return { trigger, failureRef };
}
/** Resources that invoke functions: event source mappings, API Gateway integrations, URLs, SNS, EventBridge, S3. */
function joinTriggers(module, functions) {
    for (const block of module.all("aws_lambda_event_source_mapping")) {
        const fn = functions.find(block.body.function_name);
        if (!fn)
            continue;
        const { trigger, failureRef } = eventSourceTrigger(block.body, block.ref, module);
        function_index_addTrigger(fn, trigger, block.ref);
        if (failureRef)
            setField(fn, "failureDestination", true, failureRef);
    }
    for (const block of module.all("aws_api_gateway_integration")) {
        const fn = functions.find(block.body.uri);
        if (fn)
            function_index_addTrigger(fn, httpTrigger("http-rest", block.body, module, block.type), block.ref);
    }
    for (const block of module.all("aws_apigatewayv2_integration")) {
        const fn = functions.find(block.body.integration_uri);
        if (!fn)
            continue;
        const api = referencesIn(block.body.api_id).map((r) => module.find(r.address))[0];
        const websocket = literal(api?.body.protocol_type, module)?.toUpperCase() === "WEBSOCKET";
        function_index_addTrigger(fn, httpTrigger(websocket ? "http-other" : "http-api", block.body, module, block.type), block.ref);
    }
    for (const block of module.all("aws_lambda_function_url")) {
        const fn = functions.find(block.body.function_name);
        if (fn)
            function_index_addTrigger(fn, { kind: "http-other", type: block.type, synchronous: true }, block.ref);
    }
    for (const block of module.all("aws_sns_topic_subscription")) {
        const fn = literal(block.body.protocol, module) === "lambda" ? functions.find(block.body.endpoint) : undefined;
        if (fn)
            function_index_addTrigger(fn, { kind: "pubsub", type: block.type, source: block.body.topic_arn }, block.ref);
    }
    for (const block of module.all("aws_cloudwatch_event_target")) {
        const fn = functions.find(block.body.arn);
        if (!fn)
            continue;
        const rule = referencesIn(block.body.rule).map((r) => module.find(r.address))[0];
        function_index_addTrigger(fn, scheduleOrEvent(rule?.body.schedule_expression, module, block.type), block.ref);
    }
    for (const block of module.all("aws_scheduler_schedule")) {
        const target = nestedBlock(block.body, "target", block.ref);
        const fn = target ? functions.find(target.body.arn) : undefined;
        if (fn)
            function_index_addTrigger(fn, scheduleOrEvent(block.body.schedule_expression, module, block.type), block.ref);
    }
    for (const block of module.all("aws_s3_bucket_notification")) {
        const notifications = block.body.lambda_function;
        const list = Array.isArray(notifications) ? notifications : [notifications];
        list.forEach((notification, index) => {
            const fn = isDict(notification) ? functions.find(notification.lambda_function_arn) : undefined;
            const at = Array.isArray(notifications) ? refAt(block.ref, "lambda_function", index) : block.ref;
            if (fn)
                function_index_addTrigger(fn, { kind: "storage", type: block.type, source: block.body.bucket }, at);
        });
    }
}
function httpTrigger(kind, body, module, type) {
    const trigger = { kind, type, synchronous: !invokedAsynchronously(body, module) };
    const timeout = asNumber(resolveValue(body.timeout_milliseconds, module));
    if (timeout !== undefined)
        trigger.timeoutMilliseconds = timeout;
    return trigger;
}
/** REST integrations may ask Lambda for an `Event` (asynchronous) invocation through a request header. */
function invokedAsynchronously(body, module) {
    const parameters = resolveValue(body.request_parameters, module);
    if (!isDict(parameters))
        return false;
    return parameters["integration.request.header.X-Amz-Invocation-Type"] === "'Event'";
}
function scheduleOrEvent(expression, module, type) {
    if (expression == null)
        return { kind: "event-bus", type };
    const trigger = { kind: "schedule", type };
    const schedule = literal(expression, module);
    if (schedule)
        trigger.schedule = schedule;
    return trigger;
}

;// CONCATENATED MODULE: ./src/extract/terraform/lambda-module.ts







/** The registry module (`terraform-aws-modules/lambda/aws`) or its Git source, not its submodules (`//modules/…`). */
const LAMBDA_MODULE_SOURCE = /^((registry\.terraform\.io\/)?terraform-aws-modules\/lambda\/aws|(git::)?(https:\/\/|git@)?github\.com[/:]terraform-aws-modules\/terraform-aws-lambda(\.git)?)(\?.*)?$/;
/** `allowed_triggers` entries name a service; what kind of event that service sends. */
const SERVICE_KINDS = {
    apigateway: "http-other",
    elasticloadbalancing: "http-other",
    sns: "pubsub",
    s3: "storage",
    events: "event-bus",
    scheduler: "schedule",
};
/** Whether the module block declares a function (not a layer, not switched off). */
function isLambdaModule(block, module) {
    const source = literal(block.body.source, module);
    if (!source || !LAMBDA_MODULE_SOURCE.test(source))
        return false;
    const create = (name) => asBoolean(resolveValue(block.body[name], module));
    return create("create") !== false && create("create_function") !== false && create("create_layer") !== true;
}
/**
 * A function declared through terraform-aws-modules/lambda. Its defaults (variables.tf of the module): timeout
 * 3 s, reserved and provisioned concurrency -1 (unset), tracing_mode null (no active tracing),
 * cloudwatch_logs_retention_in_days null (the log group it creates never expires), snap_start false.
 */
function lambdaModuleFunction(block, module) {
    const { body, ref } = block;
    const fn = newFunction(block, module, body.function_name);
    const reader = new FieldReader(module, fn);
    if (!reader.read("timeout", body, "timeout", ref, asNumber)) {
        const note = `timeout not set: the terraform-aws-modules/lambda default of ${functions_LAMBDA_DEFAULT_TIMEOUT} s applies`;
        setField(fn, "timeout", functions_LAMBDA_DEFAULT_TIMEOUT, ref, note);
    }
    reader.read("memory", body, "memory_size", ref, asNumber);
    reader.read("runtime", body, "runtime", ref, asString);
    reader.read("reservedConcurrency", body, "reserved_concurrent_executions", ref, asNumber, -1);
    reader.read("provisionedConcurrency", body, "provisioned_concurrent_executions", ref, asNumber, -1);
    reader.read("tracing", body, "tracing_mode", ref, isActive);
    reader.read("snapStart", body, "snap_start", ref, asBoolean, false);
    if (asBoolean(resolveValue(body.use_existing_cloudwatch_log_group, module)) === true) {
        markUnresolved(fn, "logRetentionDays", refAt(ref, "use_existing_cloudwatch_log_group"));
    }
    else
        reader.read("logRetentionDays", body, "cloudwatch_logs_retention_in_days", ref, asNumber, 0);
    if (body.dead_letter_target_arn != null)
        setField(fn, "failureDestination", true, refAt(ref, "dead_letter_target_arn"));
    const asyncConfig = asBoolean(resolveValue(body.create_async_event_config, module)) === true;
    if (asyncConfig && body.destination_on_failure != null)
        setField(fn, "failureDestination", true, refAt(ref, "destination_on_failure"));
    addModuleTriggers(fn, block, module);
    return fn;
}
function addModuleTriggers(fn, block, module) {
    const { body, ref } = block;
    for (const [key, entry, path] of namedEntries(resolveValue(body.event_source_mapping, module))) {
        if (!isDict(entry))
            continue;
        const at = refAt(ref, "event_source_mapping", ...path);
        const { trigger, failureRef } = eventSourceTrigger(entry, at, module);
        function_index_addTrigger(fn, { ...trigger, type: `event_source_mapping.${key}` }, at);
        if (failureRef)
            setField(fn, "failureDestination", true, failureRef);
    }
    for (const [key, entry, path] of namedEntries(resolveValue(body.allowed_triggers, module))) {
        if (!isDict(entry))
            continue;
        const service = literal(entry.service, module) ?? literal(entry.principal, module)?.split(".")[0];
        const kind = own(SERVICE_KINDS, service) ?? "other";
        const trigger = { kind, type: `allowed_triggers.${key}` };
        if (kind === "http-other")
            trigger.synchronous = true;
        function_index_addTrigger(fn, trigger, refAt(ref, "allowed_triggers", ...path));
    }
}

;// CONCATENATED MODULE: ./src/extract/terraform/adapter.ts










function isTerraformFile(file) {
    return ((file.format === "hcl" && file.path.endsWith(".tf")) || (file.format === "json" && file.path.endsWith(".tf.json")));
}
/**
 * Terraform: every `.tf` / `.tf.json` file of a directory joins that directory's module; entities are built in
 * `finish`, once variables, locals and every resource they refer to are known.
 */
const terraform = {
    name: TERRAFORM_FORMAT,
    create: () => {
        const modules = new Map();
        return {
            extract(file) {
                const doc = file.documents[0];
                if (!isTerraformFile(file) || !isDict(doc))
                    return;
                const dir = moduleDirOf(file.path);
                const module = modules.get(dir) ?? new TerraformModule(dir);
                modules.set(dir, module);
                module.add(file.path, doc);
            },
            finish(sink) {
                for (const module of modules.values())
                    extractModule(module, sink);
            },
        };
    },
};
function extractModule(module, sink) {
    const functions = new FunctionIndex(module);
    for (const block of module.all("aws_lambda_function"))
        functions.add(block.address, lambdaFunction(block, module));
    for (const block of module.created(module.modules)) {
        if (isLambdaModule(block, module))
            functions.add(block.address, lambdaModuleFunction(block, module));
    }
    const queueEntities = queues(module);
    joinTriggers(module, functions);
    joinSettings(module, functions);
    for (const fn of functions.all())
        sink.entity(fn);
    for (const queue of queueEntities)
        sink.entity(queue);
    iamStatements(module, sink);
}

;// CONCATENATED MODULE: ./src/extract/adapters.ts














registerParser("hcl", parseHcl);
/** Adapters that need each file's documents, several of them across files (see their `finish`). */
const STRUCTURE_ADAPTERS = [
    serverlessFramework,
    cloudFormation,
    terraform,
    azureFunctions,
    knative,
    kubernetes,
    composeFiles,
    helmCharts,
];
/**
 * Evidence detectors: each reads one file at a time and keeps nothing between files, so a parse worker can run
 * them on the files it parses (io/parse-worker.ts). They come last, so their evidence keeps its place either way.
 */
const EVIDENCE_ADAPTERS = [
    observabilityEvidence,
    infrastructureEvidence,
    deliveryEvidence,
    ownershipEvidence,
];
/** Every format archlint reads; each adapter decides from a file's path and content whether it is its own. */
const ADAPTERS = [...STRUCTURE_ADAPTERS, ...EVIDENCE_ADAPTERS];

;// CONCATENATED MODULE: ./src/extract/extract.ts
/** Runs per-file evidence adapters over one file on its own: what a parse worker sends back with the file. */
function extractAlone(file, factories) {
    const extractor = new Extractor(factories);
    extractor.add(file);
    const { entities, evidence, statements } = extractor.finish();
    if (entities.length || statements.length)
        throw new Error("only evidence can be extracted apart from the scan");
    return { adapters: factories.map((factory) => factory.name), evidence, failures: extractor.failures };
}
/** Runs every adapter over the files as they arrive; `finish` lets cross-file adapters complete. */
class Extractor {
    adapters;
    model = { entities: [], evidence: [], statements: [] };
    failures = [];
    sink = {
        entity: (entity) => this.model.entities.push(entity),
        evidence: (evidence) => this.model.evidence.push(evidence),
        statement: (statement) => this.model.statements.push(statement),
    };
    constructor(factories) {
        this.adapters = factories.map((factory) => ({ name: factory.name, adapter: factory.create() }));
    }
    /**
     * Runs each adapter over the file, except those whose output `elsewhere` brings (already run on the file by a
     * parse worker): that output takes the place of the first of them, so the model's order does not change.
     */
    add(file, elsewhere) {
        let merged = false;
        for (const { name, adapter } of this.adapters) {
            if (!elsewhere?.adapters.includes(name)) {
                this.guard(name, file.path, () => adapter.extract(file, this.sink));
            }
            else if (!merged) {
                merged = true;
                this.model.evidence.push(...elsewhere.evidence);
                this.failures.push(...elsewhere.failures);
            }
        }
    }
    finish() {
        for (const { name, adapter } of this.adapters)
            this.guard(name, "", () => adapter.finish?.(this.sink));
        return this.model;
    }
    guard(adapter, file, work) {
        try {
            work();
        }
        catch (error) {
            const message = error instanceof RangeError ? "input too large or too deeply nested" : String(error);
            this.failures.push({ file, adapter, message });
        }
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: ./src/io/file-system.ts

function entryType(entry) {
    if (entry.isSymbolicLink())
        return "symlink";
    if (entry.isDirectory())
        return "directory";
    return entry.isFile() ? "file" : "other";
}
const nodeFileSystem = {
    readDirectory: (path) => external_node_fs_namespaceObject.readdirSync(path, { withFileTypes: true }).map((e) => ({ name: e.name, type: entryType(e) })),
    stat(path) {
        try {
            const stats = external_node_fs_namespaceObject.statSync(path);
            return { size: stats.size, type: entryType(stats) };
        }
        catch {
            return undefined;
        }
    },
    realPath(path) {
        try {
            return external_node_fs_namespaceObject.realpathSync(path);
        }
        catch {
            return undefined;
        }
    },
    readFile: (path) => external_node_fs_namespaceObject.readFileSync(path),
};

;// CONCATENATED MODULE: ./src/io/parse-work.ts
const MAIN_CLAIM = 1;
const WORKER_CLAIM = 2;

;// CONCATENATED MODULE: ./src/io/parse-worker.ts






/**
 * The parse worker (bundled as dist/parse-worker.js): reads and parses, in order, every file the main thread
 * has not claimed first, runs the evidence adapters on it, and posts both back without the locator (the main
 * thread makes one from the text).
 */
const { root, files, claims, progress, port } = external_node_worker_threads_namespaceObject.workerData;
const claimed = new Int32Array(claims);
const posted = new Int32Array(progress);
files.forEach((file, index) => {
    if (Atomics.compareExchange(claimed, index, 0, WORKER_CLAIM) !== 0)
        return;
    let result;
    try {
        const { locator, ...parsed } = readAndParse(nodeFileSystem, root, file);
        const extracted = parsed.error ? undefined : extractAlone({ ...parsed, locator }, EVIDENCE_ADAPTERS);
        result = { index, parsed, extracted };
    }
    catch {
        result = { index };
    }
    port.postMessage(result);
    Atomics.add(posted, 0, 1);
    Atomics.notify(posted, 0);
});
port.close();

