import{createRequire as e}from"module";var t={68787:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(13742);e.exports=n},13742:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function filled(e,t){var r;var n;r=[];for(n=0;n<t;n++){r.push(e)}return r}e.exports=filled},21830:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(1401);e.exports=n},1401:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(68787);function zeros(e){return n(0,e)}e.exports=zeros},69979:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(39714);var s=r(15878);var i=r(98520);var o;if(n()){o=s}else{o=i}e.exports=o},15878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:void 0;e.exports=t},98520:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},14826:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(55613);var s=r(43405);var i=r(40523);var o;if(n()){o=s}else{o=i}e.exports=o},43405:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:void 0;e.exports=t},40523:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},47096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44171);var s=r(62399);var i=r(83689);var o;if(n()){o=s}else{o=i}e.exports=o},62399:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:void 0;e.exports=t},83689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},65183:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4246);var s=r(78570);var i=r(97540);var o;if(n()){o=s}else{o=i}e.exports=o},78570:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:void 0;e.exports=t},97540:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function polyfill(){throw new Error("not implemented")}e.exports=polyfill},5265:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Float64Array==="function"?Float64Array:null;e.exports=t},39714:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(16405);e.exports=n},16405:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(25672);var s=r(5265);function hasFloat64ArraySupport(){var e;var t;if(typeof s!=="function"){return false}try{t=new s([1,3.14,-3.14,NaN]);e=n(t)&&t[0]===1&&t[1]===3.14&&t[2]===-3.14&&t[3]!==t[3]}catch(t){e=false}return e}e.exports=hasFloat64ArraySupport},67640:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(43103);e.exports=n},43103:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(13595);function hasGeneratorSupport(){var e;try{n('"use strict"; (function* () {})');e=true}catch(t){e=false}return e}e.exports=hasGeneratorSupport},31907:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(54270);e.exports=n},54270:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.hasOwnProperty;function hasOwnProp(e,r){if(e===void 0||e===null){return false}return t.call(e,r)}e.exports=hasOwnProp},75547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(166);e.exports=n},166:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function hasSymbolSupport(){return typeof Symbol==="function"&&typeof Symbol("foo")==="symbol"}e.exports=hasSymbolSupport},9501:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(36284);e.exports=n},36284:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(75547);var s=n();function hasToStringTagSupport(){return s&&typeof Symbol.toStringTag==="symbol"}e.exports=hasToStringTagSupport},55613:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(62364);e.exports=n},62364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63599);var s=r(26653);var i=r(5929);function hasUint16ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new i(t);e=n(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint16ArraySupport},5929:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint16Array==="function"?Uint16Array:null;e.exports=t},44171:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8950);e.exports=n},8950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(13209);var s=r(98035);var i=r(22709);function hasUint32ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new i(t);e=n(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint32ArraySupport},22709:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint32Array==="function"?Uint32Array:null;e.exports=t},4246:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(90249);e.exports=n},90249:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(10228);var s=r(92732);var i=r(85545);function hasUint8ArraySupport(){var e;var t;if(typeof i!=="function"){return false}try{t=[1,3.14,-3.14,s+1,s+2];t=new i(t);e=n(t)&&t[0]===1&&t[1]===3&&t[2]===s-2&&t[3]===0&&t[4]===1}catch(t){e=false}return e}e.exports=hasUint8ArraySupport},85545:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Uint8Array==="function"?Uint8Array:null;e.exports=t},25672:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(87439);e.exports=n},87439:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var s=typeof Float64Array==="function";function isFloat64Array(e){return s&&e instanceof Float64Array||n(e)==="[object Float64Array]"}e.exports=isFloat64Array},57604:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(65183);var s=r(14826);var i={uint16:s,uint8:n};e.exports=i},40347:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(77158);e.exports=n},77158:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(57604);var s;function isLittleEndian(){var e;var t;e=new n["uint16"](1);e[0]=4660;t=new n["uint8"](e.buffer);return t[0]===52}s=isLittleEndian();e.exports=s},63599:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(82394);e.exports=n},82394:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var s=typeof Uint16Array==="function";function isUint16Array(e){return s&&e instanceof Uint16Array||n(e)==="[object Uint16Array]"}e.exports=isUint16Array},13209:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(98168);e.exports=n},98168:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var s=typeof Uint32Array==="function";function isUint32Array(e){return s&&e instanceof Uint32Array||n(e)==="[object Uint32Array]"}e.exports=isUint32Array},10228:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(37755);e.exports=n},37755:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(547);var s=typeof Uint8Array==="function";function isUint8Array(e){return s&&e instanceof Uint8Array||n(e)==="[object Uint8Array]"}e.exports=isUint8Array},28858:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=11754943508222875e-54;e.exports=t},20045:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.718281828459045;e.exports=t},55088:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2220446049250313e-31;e.exports=t},82404:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.5772156649015329;e.exports=t},11877:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},86862:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.7853981633974483;e.exports=t},13822:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=10.900511;e.exports=t},29475:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.34657359027997264;e.exports=t},5553:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.5707963267948966;e.exports=t},43935:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483647>>>0;e.exports=t},30222:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2146435072;e.exports=t},45976:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483648>>>0;e.exports=t},28910:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1048575;e.exports=t},81239:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=.6931471805599453;e.exports=t},92656:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1023|0;e.exports=t},46276:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1023|0;e.exports=t},74193:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=709.782712893384;e.exports=t},30313:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=170|0;e.exports=t},44241:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=9007199254740991;e.exports=t},83424:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=17976931348623157e292;e.exports=t},34862:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-1074|0;e.exports=t},67999:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=-708.3964185322641;e.exports=t},81475:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(84241);var s=n.NEGATIVE_INFINITY;e.exports=s},31277:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=20|0;e.exports=t},39701:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=3.141592653589793;e.exports=t},50469:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Number.POSITIVE_INFINITY;e.exports=t},55417:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=22250738585072014e-324;e.exports=t},58159:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=1.4901161193847656e-8;e.exports=t},62385:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2.5066282746310007;e.exports=t},7120:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=6.283185307179586;e.exports=t},83960:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=2147483647|0;e.exports=t},26653:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=65535|0;e.exports=t},98035:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=4294967295;e.exports=t},92732:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=255|0;e.exports=t},36990:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(74209);e.exports=n},74209:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Function;e.exports=t},20530:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(18085);e.exports=n},18085:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2804);function isEven(e){return n(e/2)}e.exports=isEven},57234:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50661);e.exports=n},50661:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50469);var s=r(81475);function isInfinite(e){return e===n||e===s}e.exports=isInfinite},2804:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63835);e.exports=n},63835:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(42334);function isInteger(e){return n(e)===e}e.exports=isInteger},86523:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(49382);e.exports=n},49382:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isnan(e){return e!==e}e.exports=isnan},86590:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67489);e.exports=n},67489:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(42334);function isNegativeInteger(e){return n(e)===e&&e<0}e.exports=isNegativeInteger},23270:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(48121);e.exports=n},48121:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(81475);function isNegativeZero(e){return e===0&&1/e===n}e.exports=isNegativeZero},14993:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(30656);e.exports=n},30656:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(42334);function isNonNegativeInteger(e){return n(e)===e&&e>=0}e.exports=isNonNegativeInteger},97687:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9106);e.exports=n},9106:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(20530);function isOdd(e){if(e>0){return n(e-1)}return n(e+1)}e.exports=isOdd},30866:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7685);e.exports=n},7685:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50469);function isPositiveZero(e){return e===0&&1/e===n}e.exports=isPositiveZero},66260:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(76443);e.exports=n},76443:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function abs(e){return Math.abs(e)}e.exports=abs},49827:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(222);e.exports=n},222:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1995, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=r(86523);var s=r(15478);var i=r(86862);var o=r(27947);var a=r(50035);var c=6123233995736766e-32;function asin(e){var t;var r;var l;var u;var f;if(n(e)){return NaN}if(e>0){l=e}else{t=true;l=-e}if(l>1){return NaN}if(l>.625){r=1-l;u=r*a(r);r=s(r+r);f=i-r;r=r*u-c;f-=r;f+=i}else{if(l<1e-8){return e}r=l*l;f=r*o(r);f=l*f+l}return t?-f:f}e.exports=asin},27947:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.16666666666666713}if(e<0){t=-e}else{t=e}if(t<=1){r=-8.198089802484825+e*(19.562619833175948+e*(-16.262479672107002+e*(5.444622390564711+e*(-.6019598008014124+e*.004253011369004428))));n=-49.18853881490881+e*(139.51056146574857+e*(-147.1791292232726+e*(70.49610280856842+e*(-14.740913729888538+e*1))))}else{e=1/e;r=.004253011369004428+e*(-.6019598008014124+e*(5.444622390564711+e*(-16.262479672107002+e*(19.562619833175948+e*-8.198089802484825))));n=1+e*(-14.740913729888538+e*(70.49610280856842+e*(-147.1791292232726+e*(139.51056146574857+e*-49.18853881490881))))}return r/n}e.exports=evalrational},50035:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.08333333333333809}if(e<0){t=-e}else{t=e}if(t<=1){r=28.536655482610616+e*(-25.56901049652825+e*(6.968710824104713+e*(-.5634242780008963+e*.002967721961301243)));n=342.43986579130785+e*(-383.8770957603691+e*(147.0656354026815+e*(-21.947795316429207+e*1)))}else{e=1/e;r=.002967721961301243+e*(-.5634242780008963+e*(6.968710824104713+e*(-25.56901049652825+e*28.536655482610616)));n=1+e*(-21.947795316429207+e*(147.0656354026815+e*(-383.8770957603691+e*342.43986579130785)))}return r/n}e.exports=evalrational},91354:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(91165);e.exports=n},59530:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/n}e.exports=evalrational},91165:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(86523);var s=r(74879);var i=r(15478);var o=r(66260);var a=r(31851);var c=r(6310);var l=r(20045);var u=r(55088);var f=r(59530);var p=10.900511;function beta(e,t){var r;var d;var h;var m;var g;var v;var y;if(n(e)||n(t)){return NaN}if(e<0||t<0){return NaN}if(t===1){return 1/e}if(e===1){return 1/t}y=e+t;if(y<u){g=y/e;g/=t;return g}if(y===e&&t<u){return 1/t}if(y===t&&e<u){return 1/e}if(e<t){v=t;t=e;e=v}d=e+p-.5;h=t+p-.5;m=y+p-.5;g=f(e)*(f(t)/f(y));r=e-.5-t;if(o(t*r)<m*100&&e>100){g*=a(r*s(-t/m))}else{g*=c(d/m,r)}if(m>1e10){g*=c(d/m*(h/m),t)}else{g*=c(d*h/(m*m),t)}g*=i(l/h);return g}e.exports=beta},89986:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44757);e.exports=n},44757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(59818).assign;function betainc(e,t,r,s,i){var o=[0,0];s=s===false?false:true;i=i===true?true:false;n(e,t,r,s,i,o,1,0);return o[0]}e.exports=betainc},17548:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67811);e.exports=n},67811:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44241);var s=r(50469);var i=r(2804);var o=r(86523);var a=r(97687);var c=r(42334);var l=r(24370);function binomcoef(e,t){var r;var u;var f;var p;var d;var h;var m;if(o(e)||o(t)){return NaN}if(!i(e)||!i(t)){return NaN}if(t<0){return 0}u=1;if(e<0){e=-e+t-1;if(a(t)){u*=-1}}if(t>e){return 0}if(t===0||t===e){return u}if(t===1||t===e-1){return u*e}if(e-t<t){t=e-t}m=c(n/e);r=1;for(d=1;d<=t;d++){if(r>m){break}r*=e;r/=d;e-=1}if(d>t){return u*r}f=binomcoef(e,t-d+1);if(f===s){return u*f}p=binomcoef(t,t-d+1);h=l(f,p);f/=h;p/=h;r/=p;return u*r*f}e.exports=binomcoef},3385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(27640);e.exports=n},27640:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.ceil;e.exports=t},35672:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(39775);e.exports=n},39775:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(45976);var s=r(43935);var i=r(87949);var o=r(2882);var a=r(17844);var c=[0,0];function copysign(e,t){var r;var l;i.assign(e,c,1,0);r=c[0];r&=s;l=o(t);l&=n;r|=l;return a(r,c[1])}e.exports=copysign},99191:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(84274);e.exports=n},84274:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(2882);var s=r(71567);var i=r(70186);var o=r(93982);var a=r(43935);var c=r(30222);var l=[0,0];var u=1072243195|0;var f=1044381696|0;function cos(e){var t;var r;t=n(e);t&=a;if(t<=u){if(t<f){return 1}return s(e,0)}if(t>=c){return NaN}r=o(e,l);switch(r&3){case 0:return s(l[0],l[1]);case 1:return-i(l[0],l[1]);case 2:return-s(l[0],l[1]);default:return i(l[0],l[1])}}e.exports=cos},30988:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(84387);e.exports=n},84387:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_erf.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(31851);var i=r(23786);var o=r(50469);var a=r(81475);var c=r(48300);var l=r(98018);var u=r(60675);var f=r(25266);var p=r(98925);var d=r(61332);var h=r(516);var m=r(99101);var g=1e-300;var v=13877787807814457e-33;var y=.8450629115104675;var b=.12837916709551256;var O=1;var w=-.0023621185607526594;var x=1;var k=-.009864944034847148;var S=1;var $=-.0098649429247001;var P=1;function erfc(e){var t;var r;var E;var N;var A;var T;var I;var R;if(n(e)){return NaN}if(e===o){return 0}if(e===a){return 2}if(e===0){return 1}if(e<0){t=true;r=-e}else{t=false;r=e}if(r<.84375){if(r<v){return 1-e}E=e*e;N=b+E*c(E);A=O+E*l(E);T=N/A;if(e<.25){return 1-(e+e*T)}N=e*T;N+=e-.5;return.5-N}if(r<1.25){A=r-1;I=w+A*u(A);R=x+A*f(A);if(t){return 1+y+I/R}return 1-y-I/R}if(r<28){A=1/(r*r);if(r<2.857142857142857){N=k+A*p(A);A=S+A*d(A)}else{if(e<-6){return 2-g}N=$+A*h(A);A=P+A*m(A)}E=i(r,0);N=s(-(E*E)-.5625)*s((E-r)*(E+r)+N/A);if(t){return 2-N/r}return N/r}if(t){return 2-g}return g*g}e.exports=erfc},60675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.41485611868374833}return.41485611868374833+e*(-.3722078760357013+e*(.31834661990116175+e*(-.11089469428239668+e*(.035478304325618236+e*-.002166375594868791))))}e.exports=evalpoly},48300:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.3250421072470015}return-.3250421072470015+e*(-.02848174957559851+e*(-.005770270296489442+e*-23763016656650163e-21))}e.exports=evalpoly},25266:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.10642088040084423}return.10642088040084423+e*(.540397917702171+e*(.07182865441419627+e*(.12617121980876164+e*(.01363708391202905+e*.011984499846799107))))}e.exports=evalpoly},98018:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.39791722395915535}return.39791722395915535+e*(.0650222499887673+e*(.005081306281875766+e*(.00013249473800432164+e*-3960228278775368e-21)))}e.exports=evalpoly},98925:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.6938585727071818}return-.6938585727071818+e*(-10.558626225323291+e*(-62.375332450326006+e*(-162.39666946257347+e*(-184.60509290671104+e*(-81.2874355063066+e*-9.814329344169145)))))}e.exports=evalpoly},516:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.799283237680523}return-.799283237680523+e*(-17.757954917754752+e*(-160.63638485582192+e*(-637.5664433683896+e*(-1025.0951316110772+e*-483.5191916086514))))}e.exports=evalpoly},61332:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 19.651271667439257}return 19.651271667439257+e*(137.65775414351904+e*(434.56587747522923+e*(645.3872717332679+e*(429.00814002756783+e*(108.63500554177944+e*(6.570249770319282+e*-.0604244152148581))))))}e.exports=evalpoly},99101:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 30.33806074348246}return 30.33806074348246+e*(325.7925129965739+e*(1536.729586084437+e*(3199.8582195085955+e*(2553.0504064331644+e*(474.52854120695537+e*-22.44095244658582)))))}e.exports=evalpoly},36567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(83291);var s=r(71589);function expmulti(e,t,r){var i;var o;var a;var c;i=e-t;o=i*i;a=i-o*s(o);c=1-(t-i*a/(2-a)-e);return n(c,r)}e.exports=expmulti},31851:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(81878);e.exports=n},81878:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyrights, licenses, and long comment were part of the original implementation available as part of [Go]{@link https://github.com/golang/go/blob/cb07765045aed5104a3df31507564ac99e6ddce8/src/math/exp.go}, which in turn was based on an implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_exp.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (c) 2009 The Go Authors. All rights reserved.
*
* Redistribution and use in source and binary forms, with or without
* modification, are permitted provided that the following conditions are
* met:
*
*    * Redistributions of source code must retain the above copyright
* notice, this list of conditions and the following disclaimer.
*    * Redistributions in binary form must reproduce the above
* copyright notice, this list of conditions and the following disclaimer
* in the documentation and/or other materials provided with the
* distribution.
*    * Neither the name of Google Inc. nor the names of its
* contributors may be used to endorse or promote products derived from
* this software without specific prior written permission.
*
* THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS
* "AS IS" AND ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT
* LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY AND FITNESS FOR
* A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT
* OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL,
* SPECIAL, EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT
* LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR SERVICES; LOSS OF USE,
* DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED AND ON ANY
* THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT
* (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
* OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
* ```
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(81262);var i=r(81475);var o=r(50469);var a=r(36567);var c=.6931471803691238;var l=1.9082149292705877e-10;var u=1.4426950408889634;var f=709.782712893384;var p=-745.1332191019411;var d=1/(1<<28);var h=-d;function exp(e){var t;var r;var m;if(n(e)||e===o){return e}if(e===i){return 0}if(e>f){return o}if(e<p){return 0}if(e>h&&e<d){return 1+e}if(e<0){m=s(u*e-.5)}else{m=s(u*e+.5)}t=e-m*c;r=m*l;return a(t,r,m)}e.exports=exp},71589:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},40141:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(56172);e.exports=n},56172:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_expm1.c} and [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/s_expm1.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(2882);var i=r(45990);var o=r(17844);var a=r(50469);var c=r(81475);var l=r(11877);var u=r(29475);var f=r(46736);var p=709.782712893384;var d=.6931471803691238;var h=1.9082149292705877e-10;var m=1.4426950408889634;var g=38.816242111356935;var v=1.0397207708399179;function expm1(e){var t;var r;var y;var b;var O;var w;var x;var k;var S;var $;var P;var E;var N;if(e===a||n(e)){return e}if(e===c){return-1}if(e===0){return e}if(e<0){y=true;k=-e}else{y=false;k=e}if(k>=g){if(y){return-1}if(k>=p){return a}}w=s(k)|0;if(k>u){if(k<v){if(y){b=e+d;O=-h;N=-1}else{b=e-d;O=h;N=1}}else{if(y){N=m*e-.5}else{N=m*e+.5}N|=0;P=N;b=e-P*d;O=P*h}e=b-O;$=b-e-O}else if(w<1016070144){return e}else{N=0}t=.5*e;S=e*t;x=1+S*f(S);P=3-x*t;E=S*((x-P)/(6-e*P));if(N===0){return e-(e*E-S)}r=o(l+N<<20,0);E=e*(E-$)-$;E-=S;if(N===-1){return.5*(e-E)-.5}if(N===1){if(e<-.25){return-2*(E-(e+.5))}return 1+2*(e-E)}if(N<=-2||N>56){k=1-(E-e);if(N===1024){b=s(k)+(N<<20)|0;k=i(k,b)}else{k*=r}return k-1}P=1;if(N<20){b=1072693248-(2097152>>N)|0;P=i(P,b);k=P-(E-e)}else{b=l-N<<20|0;P=i(P,b);k=e-(E+P);k+=1}k*=r;return k}e.exports=expm1},46736:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.03333333333333313}return-.03333333333333313+e*(.0015873015872548146+e*(-793650757867488e-19+e*(4008217827329362e-21+e*-2.0109921818362437e-7)))}e.exports=evalpoly},79119:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(42938);e.exports=n},42938:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);var s=r(2804);var i=r(40905);var o=r(50469);var a=r(30313);var c=r(75613);function factorial(e){if(n(e)){return NaN}if(s(e)){if(e<0){return NaN}if(e<=a){return c[e]}return o}return i(e+1)}e.exports=factorial},70297:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(92408);e.exports=n},92408:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86590);var s=r(67711);function factorialln(e){if(n(e)){return NaN}return s(e+1)}e.exports=factorialln},42334:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(55681);e.exports=n},55681:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.floor;e.exports=t},11011:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82950);var s=r(40905);var i=r(74879);var o=r(66260);var a=r(31851);var c=r(6310);var l=r(55088);var u=r(20045);var f=r(13822);var p=r(30313);var d=4269068009004705e289;function gammaDeltaRatioLanczos(e,t){var r;var h;var m;if(e<l){if(t>=p){h=gammaDeltaRatioLanczos(t,p-t);h*=e;h*=d;return 1/h}return 1/(e*s(e+t))}m=e+f-.5;if(e+t===e){if(o(t/m)<l){r=a(-t)}else{r=1}}else{if(o(t)<10){r=a((.5-e)*i(t/m))}else{r=c(m/(m+t),e-.5)}r*=n(e)/n(e+t)}r*=c(u/(m+t),t);return r}e.exports=gammaDeltaRatioLanczos},84320:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(72503);e.exports=n},72503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(66260);var s=r(42334);var i=r(40905);var o=r(79119);var a=r(30313);var c=r(11011);function gammaDeltaRatio(e,t){var r;var l;var u;if(e<=0||e+t<=0){return i(e)/i(e+t)}l=s(t);if(l===t){u=s(e);if(u===e){if(e<=a&&e+t<=a){return o(u-1)/o(l+u-1)}}if(n(t)<20){if(t===0){return 1}if(t<0){e-=1;r=e;t+=1;while(t!==0){e-=1;r*=e;t+=1}return r}r=1/e;t-=1;while(t!==0){e+=1;r/=e;t-=1}return r}}return c(e,t)}e.exports=gammaDeltaRatio},82638:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(62193);e.exports=n},62193:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(61878);e.exports=n},61878:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=709811.662581658+e*(679979.8474157227+e*(293136.7857211597+e*(74887.54032914672+e*(12555.290582413863+e*(1443.4299244417066+e*(115.24194596137347+e*(6.309239205732627+e*(.22668404630224365+e*(.004826466289237662+e*4624429436045379e-20)))))))));n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=4624429436045379e-20+e*(.004826466289237662+e*(.22668404630224365+e*(6.309239205732627+e*(115.24194596137347+e*(1443.4299244417066+e*(12555.290582413863+e*(74887.54032914672+e*(293136.7857211597+e*(679979.8474157227+e*709811.662581658)))))))));n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/n}e.exports=evalrational},82950:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(92185);e.exports=n},92185:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/lanczos.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(90350);e.exports=n},90350:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return Infinity}if(e<0){t=-e}else{t=e}if(t<=1){r=38474670393.31777+e*(36857665043.51951+e*(15889202453.72942+e*(4059208354.298835+e*(680547661.1834733+e*(78239755.00312005+e*(6246580.776401795+e*(341986.3488721347+e*(12287.194511824551+e*(261.61404416416684+e*2.5066282746310007)))))))));n=0+e*(362880+e*(1026576+e*(1172700+e*(723680+e*(269325+e*(63273+e*(9450+e*(870+e*(45+e*1)))))))))}else{e=1/e;r=2.5066282746310007+e*(261.61404416416684+e*(12287.194511824551+e*(341986.3488721347+e*(6246580.776401795+e*(78239755.00312005+e*(680547661.1834733+e*(4059208354.298835+e*(15889202453.72942+e*(36857665043.51951+e*38474670393.31777)))))))));n=1+e*(45+e*(870+e*(9450+e*(63273+e*(269325+e*(723680+e*(1172700+e*(1026576+e*(362880+e*0)))))))))}return r/n}e.exports=evalrational},40905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(19848);e.exports=n},19848:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, long comment, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=r(86523);var s=r(2804);var i=r(23270);var o=r(66260);var a=r(42334);var c=r(61794);var l=r(50469);var u=r(81475);var f=r(39701);var p=r(90101);var d=r(76630);var h=r(63381);function gamma(e){var t;var r;var m;var g;if(s(e)&&e<0||e===u||n(e)){return NaN}if(e===0){if(i(e)){return u}return l}if(e>171.61447887182297){return l}if(e<-170.5674972726612){return 0}r=o(e);if(r>33){if(e>=0){return p(e)}m=a(r);if((m&1)===0){t=-1}else{t=1}g=r-m;if(g>.5){m+=1;g=r-m}g=r*c(f*g);return t*f/(o(g)*p(r))}g=1;while(e>=3){e-=1;g*=e}while(e<0){if(e>-1e-9){return d(e,g)}g/=e;e+=1}while(e<2){if(e<1e-9){return d(e,g)}g/=e;e+=1}if(e===2){return g}e-=2;return g*h(e)}e.exports=gamma},6886:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.08333333333334822}return.08333333333334822+e*(.0034722222160545866+e*(-.0026813261780578124+e*(-.00022954996161337813+e*.0007873113957930937)))}e.exports=evalpoly},63381:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return 1}if(e<0){t=-e}else{t=e}if(t<=1){r=1+e*(.4942148268014971+e*(.20744822764843598+e*(.04763678004571372+e*(.010421379756176158+e*(.0011913514700658638+e*(.00016011952247675185+e*0))))));n=1+e*(.0714304917030273+e*(-.23459179571824335+e*(.035823639860549865+e*(.011813978522206043+e*(-.004456419138517973+e*(.0005396055804933034+e*-23158187332412014e-21))))))}else{e=1/e;r=0+e*(.00016011952247675185+e*(.0011913514700658638+e*(.010421379756176158+e*(.04763678004571372+e*(.20744822764843598+e*(.4942148268014971+e*1))))));n=-23158187332412014e-21+e*(.0005396055804933034+e*(-.004456419138517973+e*(.011813978522206043+e*(.035823639860549865+e*(-.23459179571824335+e*(.0714304917030273+e*1))))))}return r/n}e.exports=evalrational},76630:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=r(82404);function gamma(e,t){return t/((1+n*e)*e)}e.exports=gamma},90101:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C code, copyright, license, and constants are from [Cephes]{@link http://www.netlib.org/cephes}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright 1984, 1987, 1989, 1992, 2000 by Stephen L. Moshier
*
* Some software in this archive may be from the book _Methods and Programs for Mathematical Functions_ (Prentice-Hall or Simon & Schuster International, 1989) or from the Cephes Mathematical Library, a commercial product. In either event, it is copyrighted by the author. What you see here may be used freely but it comes with no support or guarantee.
*
* Stephen L. Moshier
* moshier@na-net.ornl.gov
* ```
*/
var n=r(62385);var s=r(6310);var i=r(31851);var o=r(6886);var a=143.01608;function gamma(e){var t;var r;var c;t=1/e;t=1+t*o(t);r=i(e);if(e>a){c=s(e,.5*e-.25);r=c*(c/r)}else{r=s(e,e-.5)/r}return n*r*t}e.exports=gamma},27186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67013);e.exports=n},23256:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/detail/lgamma_small.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(51550);var s=r(55088);var i=r(38280);var o=r(1440);var a=r(87492);var c=.15896368026733398;var l=.5281534194946289;var u=.45201730728149414;function lgammaSmallImp(e,t,r){var f;var p;var d;var h;if(e<s){return-n(e)}if(t===0||r===0){return 0}p=0;if(e>2){if(e>=3){do{e-=1;r-=1;p+=n(e)}while(e>=3);r=e-2}d=r*(e+1);h=i(r);p+=d*c+d*h;return p}if(e<1){p+=-n(e);r=t;t=e;e+=1}if(e<=1.5){d=o(t);f=t*r;p+=f*l+f*d;return p}d=r*t;h=a(-r);p+=d*u+d*h;return p}e.exports=lgammaSmallImp},67013:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(40905);var s=r(40141);var i=r(74879);var o=r(86523);var a=r(23256);function gamma1pm1(e){if(o(e)){return NaN}if(e<0){if(e<-.5){return n(1+e)-1}return s(-i(e)+a(e+2,e+1,e))}if(e<2){return s(a(e+1,e,e-1))}return n(1+e)-1}e.exports=gamma1pm1},38280:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.01803556856784494}if(e<0){t=-e}else{t=e}if(t<=1){r=-.01803556856784494+e*(.02512664961998968+e*(.049410315156753225+e*(.0172491608709614+e*(-.0002594535632054381+e*(-.0005410098692152044+e*(-3245886498259485e-20+e*0))))));n=1+e*(1.962029871977952+e*(1.4801966942423133+e*(.5413914320717209+e*(.09885042511280101+e*(.008213096746488934+e*(.00022493629192211576+e*-2.2335276320861708e-7))))))}else{e=1/e;r=0+e*(-3245886498259485e-20+e*(-.0005410098692152044+e*(-.0002594535632054381+e*(.0172491608709614+e*(.049410315156753225+e*(.02512664961998968+e*-.01803556856784494))))));n=-2.2335276320861708e-7+e*(.00022493629192211576+e*(.008213096746488934+e*(.09885042511280101+e*(.5413914320717209+e*(1.4801966942423133+e*(1.962029871977952+e*1))))))}return r/n}e.exports=evalrational},1440:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return.04906224540690395}if(e<0){t=-e}else{t=e}if(t<=1){r=.04906224540690395+e*(-.09691175301595212+e*(-.4149833583594954+e*(-.4065671242119384+e*(-.1584135863906922+e*(-.024014982064857155+e*-.0010034668769627955)))));n=1+e*(3.0234982984646304+e*(3.4873958536072385+e*(1.9141558827442668+e*(.5071377386143635+e*(.05770397226904519+e*.001957681026011072)))))}else{e=1/e;r=-.0010034668769627955+e*(-.024014982064857155+e*(-.1584135863906922+e*(-.4065671242119384+e*(-.4149833583594954+e*(-.09691175301595212+e*.04906224540690395)))));n=.001957681026011072+e*(.05770397226904519+e*(.5071377386143635+e*(1.9141558827442668+e*(3.4873958536072385+e*(3.0234982984646304+e*1)))))}return r/n}e.exports=evalrational},87492:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalrational(e){var t;var r;var n;if(e===0){return-.029232972183027003}if(e<0){t=-e}else{t=e}if(t<=1){r=-.029232972183027003+e*(.14421626775719232+e*(-.14244039073863127+e*(.05428096940550536+e*(-.008505359768683364+e*(.0004311713426792973+e*0)))));n=1+e*(-1.5016935605448505+e*(.846973248876495+e*(-.22009515181499575+e*(.02558279715597587+e*(-.0010066679553914337+e*-8.271935218912905e-7)))))}else{e=1/e;r=0+e*(.0004311713426792973+e*(-.008505359768683364+e*(.05428096940550536+e*(-.14244039073863127+e*(.14421626775719232+e*-.029232972183027003)))));n=-8.271935218912905e-7+e*(-.0010066679553914337+e*(.02558279715597587+e*(-.22009515181499575+e*(.846973248876495+e*(-1.5016935605448505+e*1)))))}return r/n}e.exports=evalrational},17078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(31851);function finiteGammaQ(e,t){var r;var s;var i;var o;i=n(-t);s=i;if(s!==0){r=s;for(o=1;o<e;++o){r/=o;r*=t;s+=r}}return s}e.exports=finiteGammaQ},25120:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(30988);var s=r(15478);var i=r(31851);var o=r(39701);function finiteHalfGammaQ(e,t){var r;var a;var c;var l;var u;l=n(s(t));if(l!==0&&e>1){a=i(-t)/s(o*t);a*=t;r=.5;a/=r;c=a;for(u=2;u<e;++u){a/=u-r;a*=t;c+=a}l+=c}return l}e.exports=finiteHalfGammaQ},85852:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(31851);var s=r(6310);var i=r(51550);var o=r(74193);var a=r(67999);function fullIGammaPrefix(e,t){var r;var c;c=e*i(t);if(t>=1){if(c<o&&-t>a){r=s(t,e)*n(-t)}else if(e>=1){r=s(t/n(t/e),e)}else{r=n(c-t)}}else{if(c>a){r=s(t,e)*n(-t)}else if(t/e<o){r=s(t/n(t/e),e)}else{r=n(c-t)}}return r}e.exports=fullIGammaPrefix},6144:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(42334);var s=r(40905);var i=r(66260);var o=r(6310);var a=r(51550);var c=r(58159);var l=r(83424);var u=r(74193);var f=r(23781);var p=r(17078);var d=r(25120);var h=r(85852);var m=r(10712);var g=r(47178);var v=r(94175);var y=r(80097);var b=r(20386);function igammaFinal(e,t,r,O){var w;var x;var k;var S;var $;var P;var E;var N;var A;var T;var I;var R;var z;var C;E=0;N=O;P=t<30&&t<=e+1&&e<u;if(P){z=n(t);A=z===t;k=A?false:i(z-t)===.5}else{A=false;k=false}if(A&&e>.6){N=!N;x=0}else if(k&&e>.2){N=!N;x=1}else if(e<c&&t>1){x=6}else if(e>1e3&&(t<e||i(t-50)/e<1)){N=!N;x=7}else if(e<.5){if(-.4/a(e)<t){x=2}else{x=3}}else if(e<1.1){if(e*.75<t){x=2}else{x=3}}else{$=false;if(r&&t>20){T=i((e-t)/t);if(t>200){if(20/t>T*T){$=true}}else if(T<.4){$=true}}if($){x=5}else if(e-1/(3*e)<t){x=2}else{x=4;N=!N}}switch(x){case 0:E=p(t,e);if(r===false){E*=s(t)}break;case 1:E=d(t,e);if(r===false){E*=s(t)}break;case 2:E=r?v(t,e):h(t,e);if(E!==0){S=0;w=false;if(N){S=r?1:s(t);if(r||E>=1||l*E>S){S/=E;if(r||t<1||l/t>S){S*=-t;w=true}else{S=0}}else{S=0}}E*=g(t,e,S)/t;if(w){N=false;E=-E}}break;case 3:N=!N;I=y(t,e,N);E=I[0];C=I[1];N=false;if(r){E/=C}break;case 4:E=r?v(t,e):h(t,e);if(E!==0){E*=b(t,e)}break;case 5:E=m(t,e);if(e>=t){N=!N}break;case 6:E=r?o(e,t)/s(t+1):o(e,t)/t;E*=1-t*e/(t+1);break;case 7:E=r?v(t,e):h(t,e);E/=e;if(E!==0){E*=f(t,e)}break}if(r&&E>1){E=1}if(N){R=r?1:s(t);E=R-E}return E}e.exports=igammaFinal},10712:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(62096);var s=r(15430);var i=r(30988);var o=r(15478);var a=r(31851);var c=r(7120);var l=r(4410);var u=r(35273);var f=r(50736);var p=r(8135);var d=r(36870);var h=r(67589);var m=r(3164);var g=r(8099);var v=r(81794);var y=[0,0,0,0,0,0,0,0,0,0];function igammaTemmeLarge(e,t){var r;var b;var O;var w;var x;b=(t-e)/e;O=-s(b);w=e*O;x=o(2*O);if(t<e){x=-x}y[0]=l(x);y[1]=u(x);y[2]=f(x);y[3]=p(x);y[4]=d(x);y[5]=h(x);y[6]=m(x);y[7]=g(x);y[8]=v(x);y[9]=-.0005967612901927463;r=n(y,1/e);r*=a(-w)/o(c*e);if(t<e){r=-r}r+=i(o(w))/2;return r}e.exports=igammaTemmeLarge},55479:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63218);e.exports=n},47178:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(96491);var s=r(53027);function lowerGammaSeries(e,t,r){var i;var o;r=r||0;o=s(e,t);i=n(o,{initialValue:r});return i}e.exports=lowerGammaSeries},53027:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function lowerIncompleteGammaSeries(e,t){var r=1;var n=e;var s=t;return next;function next(){var e=r;n+=1;r*=s/n;return e}}e.exports=lowerIncompleteGammaSeries},63218:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006-7, 2013-14.
* (C) Copyright Paul A. Bristow 2007, 2013-14.
* (C) Copyright Nikhar Agrawal 2013-14.
* (C) Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(67711);var s=r(31851);var i=r(51550);var o=r(62385);var a=r(74193);var c=r(50469);var l=r(30313);var u=r(6144);var f=r(47178);var p=r(20386);function gammainc(e,t,r,d){var h;var m;var g;var v;if(e<0||t<=0){return NaN}h=r===void 0?true:r;g=d;if(t>=l&&!h){if(g&&t*4<e){v=t*i(e)-e;v+=i(p(t,e))}else if(!g&&t>4*e){v=t*i(e)-e;m=0;v+=i(f(t,e,m)/t)}else{v=u(e,t,true,g);if(v===0){if(g){v=1+1/(12*t)+1/(288*t*t);v=i(v)-t+(t-.5)*i(t);v+=i(o)}else{v=t*i(e)-e;m=0;v+=i(f(t,e,m)/t)}}else{v=i(v)+n(t)}}if(v>a){return c}return s(v)}return u(e,t,h,g)}e.exports=gammainc},4410:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.3333333333333333}return-.3333333333333333+e*(.08333333333333333+e*(-.014814814814814815+e*(.0011574074074074073+e*(.0003527336860670194+e*(-.0001787551440329218+e*(3919263178522438e-20+e*(-21854485106799924e-22+e*(-185406221071516e-20+e*(8.296711340953087e-7+e*(-1.7665952736826078e-7+e*(6.707853543401498e-9+e*(1.0261809784240309e-8+e*(-4.382036018453353e-9+e*9.14769958223679e-10)))))))))))))}e.exports=evalpoly},35273:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.001851851851851852}return-.001851851851851852+e*(-.003472222222222222+e*(.0026455026455026454+e*(-.0009902263374485596+e*(.00020576131687242798+e*(-4.018775720164609e-7+e*(-18098550334489977e-21+e*(764916091608111e-20+e*(-16120900894563446e-22+e*(4.647127802807434e-9+e*(1.378633446915721e-7+e*(-5.752545603517705e-8+e*1.1951628599778148e-8)))))))))))}e.exports=evalpoly},50736:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.004133597883597883}return.004133597883597883+e*(-.0026813271604938273+e*(.0007716049382716049+e*(20093878600823047e-22+e*(-.00010736653226365161+e*(52923448829120125e-21+e*(-12760635188618728e-21+e*(3.423578734096138e-8+e*(13721957309062932e-22+e*(-6.298992138380055e-7+e*1.4280614206064242e-7)))))))))}e.exports=evalpoly},8135:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0006494341563786008}return.0006494341563786008+e*(.00022947209362139917+e*(-.0004691894943952557+e*(.00026772063206283885+e*(-7561801671883977e-20+e*(-2.396505113867297e-7+e*(11082654115347302e-21+e*(-56749528269915965e-22+e*14230900732435883e-22)))))))}e.exports=evalpoly},36870:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.0008618882909167117}return-.0008618882909167117+e*(.0007840392217200666+e*(-.0002990724803031902+e*(-14638452578843418e-22+e*(6641498215465122e-20+e*(-3968365047179435e-20+e*11375726970678419e-21)))))}e.exports=evalpoly},67589:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.00033679855336635813}return-.00033679855336635813+e*(-6972813758365858e-20+e*(.0002772753244959392+e*(-.00019932570516188847+e*(6797780477937208e-20+e*(1.419062920643967e-7+e*(-13594048189768693e-21+e*(8018470256334202e-21+e*-2291481176508095e-21)))))))}e.exports=evalpoly},3164:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0005313079364639922}return.0005313079364639922+e*(-.0005921664373536939+e*(.0002708782096718045+e*(7.902353232660328e-7+e*(-8153969367561969e-20+e*(561168275310625e-19+e*-18329116582843375e-21)))))}e.exports=evalpoly},8099:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.00034436760689237765}return.00034436760689237765+e*(5171790908260592e-20+e*(-.00033493161081142234+e*(.0002812695154763237+e*-.00010976582244684731)))}e.exports=evalpoly},81794:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.0006526239185953094}return-.0006526239185953094+e*(.0008394987206720873+e*-.000438297098541721)}e.exports=evalpoly},94175:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82638);var s=r(67711);var i=r(40905);var o=r(15430);var a=r(15478);var c=r(66260);var l=r(31851);var u=r(6310);var f=r(32974);var p=r(38008);var d=r(51550);var h=r(83424);var m=r(74193);var g=r(67999);var v=r(13822);var y=r(20045);function regularisedGammaPrefix(e,t){var r;var b;var O;var w;var x;var k;var S;O=e+v-.5;S=(t-e-v+.5)/O;if(e<1){if(t<=g||e<1/h){return l(e*d(t)-t-s(e))}return u(t,e)*l(-t)/i(e)}if(c(S*S*e)<=100&&e>150){r=e*o(S)+t*(.5-v)/O;r=l(r)}else{w=e*d(t/O);x=e-t;if(p(w,x)<=g||f(w,x)>=m){b=x/e;if(p(w,x)/2>g&&f(w,x)/2<m){k=u(t/O,e/2)*l(x/2);r=k*k}else if(p(w,x)/4>g&&f(w,x)/4<m&&t>e){k=u(t/O,e/4)*l(x/4);r=k*k;r*=r}else if(b>g&&b<m){r=u(t*l(b)/O,e)}else{r=l(w+x)}}else{r=u(t/O,e)*l(x)}}r*=a(O/y)/n(e);return r}e.exports=regularisedGammaPrefix},27708:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function smallGamma2Series(e,t){var r;var n;var s;var i;r=-t;t=-t;n=e+1;s=1;return next;function next(){i=r/n;r*=t;s+=1;r/=s;n+=1;return i}}e.exports=smallGamma2Series},23781:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(96491);var s=r(94809);function tgammaILargeX(e,t){var r;var i;i=s(e,t);r=n(i);return r}e.exports=tgammaILargeX},94809:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2025 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function tgammaILargeXSeries(e,t){var r=1;var n=e;var s=t;return next;function next(){var e=r;r*=n/s;n-=1;return e}}e.exports=tgammaILargeXSeries},80097:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(74756);var s=r(96491);var i=r(27186);var o=r(27708);function tgammaSmallUpperPart(e,t,r){var a;var c;var l;var u;var f;c=i(e);l=(c+1)/e;u=n(t,e);c-=u;c/=e;f=o(e,t);u+=1;a=r?l:0;c=-u*s(f,{initialValue:(a-c)/u});if(r){c=-c}return[c,l]}e.exports=tgammaSmallUpperPart},20386:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(30508);var s=r(12923);function upperGammaFraction(e,t){var r=s(e,t);return 1/(t-e+1+n(r))}e.exports=upperGammaFraction},12923:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_88_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function upperIncompleteGammaFract(e,t){var r=t-e+1;var n=e;var s=0;return next;function next(){s+=1;r+=2;return[s*(n-s),r]}}e.exports=upperIncompleteGammaFract},67711:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(28554);e.exports=n},28554:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/e_lgamma_r.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(57234);var i=r(66260);var o=r(51550);var a=r(81262);var c=r(18901);var l=r(39701);var u=r(50469);var f=r(89303);var p=r(95690);var d=r(71271);var h=r(47120);var m=r(62778);var g=r(66503);var v=r(42352);var y=r(67942);var b=r(45059);var O=r(89596);var w=.07721566490153287;var x=.3224670334241136;var k=1;var S=-.07721566490153287;var $=.48383612272381005;var P=-.1475877229945939;var E=.06462494023913339;var N=-.07721566490153287;var A=1;var T=.4189385332046727;var I=1.4616321449683622;var R=4503599627370496;var z=72057594037927940;var C=13877787807814457e-33;var L=1.4616321449683622;var M=-.12148629053584961;var j=-3638676997039505e-33;function gammaln(e){var t;var r;var D;var F;var X;var Q;var U;var B;var q;var Z;var G;var V;var Y;if(n(e)||s(e)){return e}if(e===0){return u}if(e<0){t=true;e=-e}else{t=false}if(e<C){return-o(e)}if(t){if(e>=R){return u}q=c(e);if(q===0){return u}r=o(l/i(q*e))}if(e===1||e===2){return 0}if(e<2){if(e<=.9){Y=-o(e);if(e>=I-1+.27){G=1-e;D=0}else if(e>=I-1-.27){G=e-(L-1);D=1}else{G=e;D=2}}else{Y=0;if(e>=I+.27){G=2-e;D=0}else if(e>=I-.27){G=e-L;D=1}else{G=e-1;D=2}}switch(D){case 0:V=G*G;Q=w+V*f(V);X=V*(x+V*p(V));U=G*Q+X;Y+=U-.5*G;break;case 1:V=G*G;Z=V*G;Q=$+Z*m(Z);X=P+Z*g(Z);F=E+Z*v(Z);U=V*Q-(j-Z*(X+G*F));Y+=M+U;break;case 2:Q=G*(N+G*y(G));X=A+G*b(G);Y+=-.5*G+Q/X;break}}else if(e<8){D=a(e);G=e-D;U=G*(S+G*h(G));B=k+G*d(G);Y=.5*G+U/B;V=1;switch(D){case 7:V*=G+6;case 6:V*=G+5;case 5:V*=G+4;case 4:V*=G+3;case 3:V*=G+2;Y+=o(V)}}else if(e<z){q=o(e);V=1/e;G=V*V;Z=T+V*O(G);Y=(e-.5)*(q-1)+Z}else{Y=e*(o(e)-1)}if(t){Y=r-Y}return Y}e.exports=gammaln},89303:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.06735230105312927}return.06735230105312927+e*(.007385550860814029+e*(.0011927076318336207+e*(.00022086279071390839+e*25214456545125733e-21)))}e.exports=evalpoly},95690:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.020580808432516733}return.020580808432516733+e*(.0028905138367341563+e*(.0005100697921535113+e*(.00010801156724758394+e*44864094961891516e-21)))}e.exports=evalpoly},71271:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 1.3920053346762105}return 1.3920053346762105+e*(.7219355475671381+e*(.17193386563280308+e*(.01864591917156529+e*(.0007779424963818936+e*7326684307446256e-21))))}e.exports=evalpoly},47120:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.21498241596060885}return.21498241596060885+e*(.325778796408931+e*(.14635047265246445+e*(.02664227030336386+e*(.0018402845140733772+e*3194753265841009e-20))))}e.exports=evalpoly},62778:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.032788541075985965}return-.032788541075985965+e*(.006100538702462913+e*(-.0014034646998923284+e*.00031563207090362595))}e.exports=evalpoly},66503:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.01797067508118204}return.01797067508118204+e*(-.0036845201678113826+e*(.000881081882437654+e*-.00031275416837512086))}e.exports=evalpoly},42352:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-.010314224129834144}return-.010314224129834144+e*(.0022596478090061247+e*(-.0005385953053567405+e*.0003355291926355191))}e.exports=evalpoly},67942:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6328270640250934}return.6328270640250934+e*(1.4549225013723477+e*(.9777175279633727+e*(.22896372806469245+e*.013381091853678766)))}e.exports=evalpoly},45059:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return 2.4559779371304113}return 2.4559779371304113+e*(2.128489763798934+e*(.7692851504566728+e*(.10422264559336913+e*.003217092422824239)))}e.exports=evalpoly},89596:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.08333333333333297}return.08333333333333297+e*(-.0027777777772877554+e*(.0007936505586430196+e*(-.00059518755745034+e*(.0008363399189962821+e*-.0016309293409657527))))}e.exports=evalpoly},60512:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var r=1;var n;if(e===0){return t}if(t===0){return e}while(e%2===0&&t%2===0){e/=2;t/=2;r*=2}while(e%2===0){e/=2}while(t){while(t%2===0){t/=2}if(e>t){n=t;t=e;e=n}t-=e}return r*e}e.exports=gcd},19216:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function gcd(e,t){var r=0;var n;if(e===0){return t}if(t===0){return e}while((e&1)===0&&(t&1)===0){e>>>=1;t>>>=1;r+=1}while((e&1)===0){e>>>=1}while(t){while((t&1)===0){t>>>=1}if(e>t){n=t;t=e;e=n}t-=e}return e<<r}e.exports=gcd},24370:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(21413);e.exports=n},21413:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);var s=r(2804);var i=r(50469);var o=r(81475);var a=r(83960);var c=r(19216);var l=r(60512);function gcd(e,t){if(n(e)||n(t)){return NaN}if(e===i||t===i||e===o||t===o){return NaN}if(!(s(e)&&s(t))){return NaN}if(e<0){e=-e}if(t<0){t=-t}if(e<=a&&t<=a){return c(e,t)}return l(e,t)}e.exports=gcd},49061:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(86523);var s=r(40141);var i=r(42334);var o=r(74879);var a=r(49827);var c=r(91354);var l=r(15478);var u=r(31851);var f=r(6310);var p=r(32974);var d=r(38008);var h=r(83424);var m=r(55417);var g=r(83960);var v=r(5553);var y=r(39701);var b=r(51471);var O=r(31402);var w=r(96005);var x=r(92148);var k=r(9912);var S=r(59140);var $=r(46203);var P=1/y;function ibetaImp(e,t,r,E,N,A,T,I){var R;var z;var C;var L;var M;var j;var D;var F;var X;var Q;var U;var B;B=1-e;D=I;F=I+T;A[F]=-1;if(n(e)||e<0||e>1){A[D]=NaN;A[F]=NaN;return A}if(E){if(t<0||r<0){A[D]=NaN;A[F]=NaN;return A}if(t===0){if(r===0){A[D]=NaN;A[F]=NaN;return A}if(r>0){A[D]=N?0:1;return A}}else if(r===0){if(t>0){A[D]=N?1:0;return A}}}else if(t<=0||r<=0){A[D]=NaN;A[F]=NaN;return A}if(e===0){if(t===1){A[F]=1}else{A[F]=t<1?h/2:m*2}if(N){A[D]=E?1:c(t,r);return A}A[D]=0;return A}if(e===1){if(r===1){A[F]=1}else{A[F]=r<1?h/2:m*2}if(N){A[D]=0}else{A[D]=E?1:c(t,r)}return A}if(t===.5&&r===.5){A[F]=P*l(B*e);U=N?a(l(B)):a(l(e));U/=v;if(!E){U*=y}A[D]=U;return A}if(t===1){j=r;r=t;t=j;j=B;B=e;e=j;N=!N}if(r===1){if(t===1){A[D]=N?B:e;A[F]=1;return A}A[F]=t*f(e,t-1);if(B<.5){U=N?-s(t*o(-B)):u(t*o(-B))}else{U=N?-(f(e,t)-1):f(e,t)}if(!E){U/=t}A[D]=U;return A}if(d(t,r)<=1){if(e>.5){j=r;r=t;t=j;j=B;B=e;e=j;N=!N}if(p(t,r)<=1){if(t>=d(.2,r)||f(e,t)<=.9){if(N){C=-(E?1:c(t,r));N=false;C=-$(t,r,e,C,E,A,B)}else{C=$(t,r,e,0,E,A,B)}}else{j=r;r=t;t=j;j=B;B=e;e=j;N=!N;if(B>=.3){if(N){C=-(E?1:c(t,r));N=false;C=-$(t,r,e,C,E,A,B)}else{C=$(t,r,e,0,E,A,B)}}else{if(E){z=1}else{z=O(t+r,t,20)}C=S(t,r,e,B,20,E,A);if(N){C-=E?1:c(t,r);N=false;C=-b(t+20,r,e,B,C,z,E)}else{C=b(t+20,r,e,B,C,z,E)}}}}else if(r<=1||e<.1&&f(r*e,t)<=.7){if(N){C=-(E?1:c(t,r));N=false;C=-$(t,r,e,C,E,A,B)}else{C=$(t,r,e,0,E,A,B)}}else{j=r;r=t;t=j;j=B;B=e;e=j;N=!N;if(B>=.3){if(N){C=-(E?1:c(t,r));N=false;C=-$(t,r,e,C,E,A,B)}else{C=$(t,r,e,0,E,A,B)}}else if(t>=15){if(N){C=-(E?1:c(t,r));N=false;C=-b(t,r,e,B,C,1,E)}else{C=b(t,r,e,B,0,1,E)}}else{if(E){z=1}else{z=O(t+r,t,20)}C=S(t,r,e,B,20,E,A);if(N){C-=E?1:c(t,r);N=false;C=-b(t+20,r,e,B,C,z,E)}else{C=b(t+20,r,e,B,C,z,E)}}}}else{if(t<r){R=t-(t+r)*e}else{R=(t+r)*B-r}if(R<0){j=r;r=t;t=j;j=B;B=e;e=j;N=!N}if(r<40){if(i(t)===t&&i(r)===r&&t<g-100){X=t-1;Q=r+X;C=k(Q,X,e,B);if(!E){C*=c(t,r)}}else if(r*e<=.7){if(N){C=-(E?1:c(t,r));N=false;C=-$(t,r,e,C,E,A,B)}else{C=$(t,r,e,0,E,A,B)}}else if(t>15){Q=i(r);if(Q===r){Q-=1}L=r-Q;if(E){z=1}else{z=O(t+L,L,Q)}C=S(L,t,B,e,Q,E);C=b(t,L,e,B,C,1,E);C/=z}else if(E){Q=i(r);L=r-Q;if(L<=0){Q-=1;L+=1}C=S(L,t,B,e,Q,E);C+=S(t,L,e,B,20,E);if(N){C-=1}C=b(t+20,L,e,B,C,1,E);if(N){C=-C;N=false}}else{C=x(t,r,e,B,E,A)}}else{C=x(t,r,e,B,E,A)}}if(A[F]<0){A[F]=w(t,r,e,B,true)}M=B*e;if(A[F]!==0){if(h*M<A[F]){A[F]=h/2}else{A[F]/=M}}A[D]=N?(E?1:c(t,r))-C:C;return A}e.exports=ibetaImp},51471:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(84320);var s=r(79119);var i=r(55479);var o=r(74879);var a=r(66260);var c=r(6310);var l=r(51550);var u=r(55417);var f=r(55088);var p=r(17499);var d=r(74141);var h=new Array(30);function betaSmallBLargeASeries(e,t,r,m,g,v,y){var b;var O;var w;var x;var k;var S;var $;var P;var E;var N;var A;var T;var I;var R;var z;var C;var L;var M;S=t-1;L=e+S/2;if(m<.35){N=o(-m)}else{N=l(r)}M=-L*N;T=d(t,M);if(T<=u){return g}if(y){b=T/n(e,t);b/=c(L,t)}else{b=p(t,M)/c(L,t)}b*=v;h[0]=1;I=i(M,t,true,true);I/=T;x=g+b*I;w=1;$=N/2;$*=$;P=1;A=4*L*L;k=t;for(z=1;z<h.length;++z){w+=2;h[z]=0;E=t-z;O=3;for(R=1;R<z;++R){E=R*t-z;h[z]+=E*h[z-R]/s(O);O+=2}h[z]/=z;h[z]+=S/s(w);I=(k*(k+1)*I+(M+k+1)*P)/A;P*=$;k+=2;C=b*h[z]*I;x+=C;if(C>1){if(a(C)<a(f*x)){break}}else if(a(C/f)<a(x)){break}}return x}e.exports=betaSmallBLargeASeries},9912:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(17548);var s=r(42334);var i=r(6310);var o=r(55417);function binomialCCDF(e,t,r,a){var c;var l;var u;var f;var p;l=i(r,e);if(l>o){f=l;for(p=s(e-1);p>t;p--){f*=(p+1)*a/((e-p)*r);l+=f}}else{u=s(e*r);if(u<=t+1){u=s(t+2)}l=i(r,u)*i(a,e-u);l*=n(s(e),s(u));if(l===0){for(p=u-1;p>t;p--){l+=i(r,p)*i(a,e-p);l*=n(s(e),s(p))}}else{f=l;c=l;for(p=u-1;p>t;p--){f*=(p+1)*a/((e-p)*r);l+=f}f=c;for(p=u+1;p<=e;p++){f*=(e-p+1)*r/(p*a);l+=f}}}return l}e.exports=binomialCCDF},17499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
* (C) Copyright Paul A. Bristow 2007.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(31851);var s=r(6310);var i=r(51550);var o=r(74193);var a=r(67999);function fullIGammaPrefix(e,t){var r;var c;c=e*i(t);if(t>=1){if(c<o&&-t>a){r=s(t,e)*n(-t)}else if(e>=1){r=s(t/n(t/e),e)}else{r=n(c-t)}}else if(c>a){r=s(t,e)*n(-t)}else if(t/e<o){r=s(t/n(t/e),e)}else{r=n(c-t)}return r}e.exports=fullIGammaPrefix},59140:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(96005);function ibetaAStep(e,t,r,s,i,o,a){var c;var l;var u;var f;c=n(e,t,r,s,o);if(a){a[1]=c}c/=e;if(c===0){return c}u=1;l=1;for(f=0;f<i-1;++f){l*=(e+t+f)*r/(e+f+1);u+=l}c*=u;return c}e.exports=ibetaAStep},92148:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_61_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(30508);var s=r(96005);var i={keep:true,maxIter:1e3};function ibetaFraction2t(e,t,r,n){var s=0;return next;function next(){var i;var o;var a;o=(e+s-1)*(e+t+s-1)*s*(t-s)*r*r;i=e+2*s-1;o/=i*i;a=s;a+=s*(t-s)*r/(e+2*s-1);a+=(e+s)*(e*n-t*r+1+s*(2-r))/(e+2*s+1);s+=1;return[o,a]}}function ibetaFraction2(e,t,r,o,a,c){var l;var u;var f;l=s(e,t,r,o,a);if(c){c[1]=l}if(l===0){return l}f=ibetaFraction2t(e,t,r,o);u=n(f,i);return l/u}e.exports=ibetaFraction2},96005:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_62_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82638);var s=r(79594);var i=r(89912);var o=r(40141);var a=r(74879);var c=r(15478);var l=r(66260);var u=r(31851);var f=r(6310);var p=r(38008);var d=r(51550);var h=r(74193);var m=r(67999);var g=r(13822);var v=r(20045);function ibetaPowerTerms(e,t,r,y,b){var O;var w;var x;var k;var S;var $;var P;var E;var N;var A;var T;var I;var R;var z;if(!b){return f(r,e)*f(y,t)}R=e+t;k=e+g-.5;S=t+g-.5;$=R+g-.5;O=n(R);O/=n(e)*n(t);O*=c(S/v);O*=c(k/$);P=(r*t-y*k)/k;E=(y*e-r*S)/S;if(i(P,E)<.2){if(P*E>0||p(e,t)<1){if(l(P)<.1){O*=u(e*a(P))}else{O*=f(r*$/k,e)}if(l(E)<.1){O*=u(t*a(E))}else{O*=f(y*$/S,t)}}else if(s(P,E)<.5){w=e<t;x=t/e;if(w&&x*E<.1||!w&&P/x>.1){N=o(x*a(E));N=P+N+N*P;N=e*a(N);O*=u(N)}else{N=o(a(P)/x);N=E+N+N*E;N=t*a(N);O*=u(N)}}else if(l(P)<l(E)){z=e*a(P)+t*d(y*$/S);if(z<=m||z>=h){z+=d(O);if(z>=h){return NaN}O=u(z)}else{O*=u(z)}}else{z=t*a(E)+e*d(r*$/k);if(z<=m||z>=h){z+=d(O);if(z>=h){return NaN}O=u(z)}else{O*=u(z)}}}else{T=r*$/k;I=y*$/S;P=e*d(T);E=t*d(I);if(P>=h||P<=m||E>=h||E<=m){if(e<t){A=f(I,t/e);N=e*(d(T)+d(A));if(N<h&&N>m){O*=f(A*T,e)}else{E+=P+d(O);if(E>=h){return NaN}O=u(E)}}else{A=f(T,e/t);N=(d(A)+d(I))*t;if(N<h&&N>m){O*=f(A*I,t)}else{E+=P+d(O);if(E>=h){return NaN}O=u(E)}}}else{O*=f(T,e)*f(I,t)}}return O}e.exports=ibetaPowerTerms},46203:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82638);var s=r(96491);var i=r(74879);var o=r(15478);var a=r(31851);var c=r(6310);var l=r(51550);var u=r(55417);var f=r(74193);var p=r(67999);var d=r(13822);var h=r(20045);var m={maxTerms:100};function ibetaSeriesT(e,t,r,n){var s=1-t;var i=1;return next;function next(){var t=n/e;e+=1;n*=s*r/i;i+=1;s+=1;return t}}function ibetaSeries(e,t,r,g,v,y,b){var O;var w;var x;var k;var S;var $;var P;var E;if(v){P=e+t;w=e+d-.5;x=t+d-.5;k=P+d-.5;O=n(P)/(n(e)*n(t));S=l(k/x)*(t-.5);$=l(r*k/w)*e;if(S>p&&S<f&&$>p&&$<f){if(e*t<x*10){O*=a((t-.5)*i(e/x))}else{O*=c(k/x,t-.5)}O*=c(r*k/w,e);O*=o(w/h);if(y){y[1]=O*c(b,t)}}else{O=l(O)+S+$+(l(w)-1)/2;if(y){y[1]=a(O+t*l(b))}O=a(O)}}else{O=c(r,e)}if(O<u){return g}E=ibetaSeriesT(e,t,r,O);m.initialValue=g;return s(E,m)}e.exports=ibetaSeries},59818:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(94573);var i=r(49061);n(s,"assign",i);e.exports=s},94573:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(49061);function kernelBetainc(e,t,r,s,i){return n(e,t,r,s,i,[0,0],1,0)}e.exports=kernelBetainc},74141:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_64_0/boost/math/special_functions/gamma.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* Copyright John Maddock 2006-7, 2013-14.
* Copyright Paul A. Bristow 2007, 2013-14.
* Copyright Nikhar Agrawal 2013-14.
* Copyright Christopher Kormanyos 2013-14.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(82638);var s=r(67711);var i=r(40905);var o=r(74879);var a=r(15478);var c=r(66260);var l=r(31851);var u=r(6310);var f=r(32974);var p=r(38008);var d=r(51550);var h=r(74193);var m=r(67999);var g=r(13822);var v=r(20045);function regularizedGammaPrefix(e,t){var r;var y;var b;var O;var w;var x;var k;b=e+g-.5;k=(t-e-g+.5)/b;if(e<1){if(t<=m){return l(e*d(t)-t-s(e))}return u(t,e)*l(-t)/i(e)}if(c(k*k*e)<=100&&e>150){r=e*(o(k)-k)+t*(.5-g)/b;r=l(r)}else{O=e*d(t/b);w=e-t;if(p(O,w)<=m||f(O,w)>=h){y=w/e;if(p(O,w)/2>m&&f(O,w)/2<h){x=u(t/b,e/2)*l(w/2);r=x*x}else if(p(O,w)/4>m&&f(O,w)/4<h&&t>e){x=u(t/b,e/4)*l(w/4);r=x*x;r*=r}else if(y>m&&y<h){r=u(t*l(y)/b,e)}else{r=l(O+w)}}else{r=u(t/b,e)*l(w)}}r*=a(b/v)/n(e);return r}e.exports=regularizedGammaPrefix},31402:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_37_0/boost/math/special_functions/beta.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
function risingFactorialRatio(e,t,r){var n;var s;if(r===0){return 1}n=1;for(s=0;s<r;s++){n*=(e+s)/(t+s)}return n}e.exports=risingFactorialRatio},71567:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(94010);e.exports=n},94010:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/12.2.0/lib/msun/src/k_cos.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(25732);var s=r(53242);function kernelCos(e,t){var r;var i;var o;var a;a=e*e;o=a*a;i=a*n(a);i+=o*o*s(a);r=.5*a;o=1-r;return o+(1-o-r+(a*i-e*t))}e.exports=kernelCos},25732:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.0416666666666666}return.0416666666666666+e*(-.001388888888887411+e*2480158728947673e-20)}e.exports=evalpoly},53242:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return-2.7557314351390663e-7}return-2.7557314351390663e-7+e*(2.087572321298175e-9+e*-11359647557788195e-27)}e.exports=evalpoly},70186:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(97485);e.exports=n},97485:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var t=-.16666666666666632;var r=.00833333333332249;var n=-.0001984126982985795;var s=27557313707070068e-22;var i=-2.5050760253406863e-8;var o=1.58969099521155e-10;function kernelSin(e,a){var c;var l;var u;var f;f=e*e;u=f*f;c=r+f*(n+f*s)+f*u*(i+f*o);l=f*e;if(a===0){return e+l*(t+f*c)}return e-(f*(.5*a-l*c)-a-l*t)}e.exports=kernelSin},83291:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(23078);e.exports=n},23078:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50469);var s=r(81475);var i=r(11877);var o=r(46276);var a=r(92656);var c=r(34862);var l=r(86523);var u=r(57234);var f=r(35672);var p=r(79335).assign;var d=r(6075);var h=r(87949);var m=r(17844);var g=2220446049250313e-31;var v=2148532223>>>0;var y=[0,0];var b=[0,0];function ldexp(e,t){var r;var O;if(t===0||e===0||l(e)||u(e)){return e}p(e,y,1,0);e=y[0];t+=y[1];t+=d(e);if(t<c){return f(0,e)}if(t>o){if(e<0){return s}return n}if(t<=a){t+=52;O=g}else{O=1}h.assign(e,b,1,0);r=b[0];r&=v;r|=t+i<<20;return O*m(r,b[1])}e.exports=ldexp},51550:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(75553);e.exports=n},75553:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_log.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(2882);var s=r(45990);var i=r(86523);var o=r(11877);var a=r(81475);var c=r(36488);var l=r(71103);var u=.6931471803691238;var f=1.9082149292705877e-10;var p=0x40000000000000;var d=.3333333333333333;var h=1048575|0;var m=2146435072|0;var g=1048576|0;var v=1072693248|0;function ln(e){var t;var r;var y;var b;var O;var w;var x;var k;var S;var $;var P;var E;if(e===0){return a}if(i(e)||e<0){return NaN}r=n(e);O=0|0;if(r<g){O-=54|0;e*=p;r=n(e)}if(r>=m){return e+e}O+=(r>>20)-o|0;r&=h;k=r+614244&1048576|0;e=s(e,r|k^v);O+=k>>20|0;x=e-1;if((h&2+r)<3){if(x===0){if(O===0){return 0}return O*u+O*f}w=x*x*(.5-d*x);if(O===0){return x-w}return O*u-(w-O*f-x)}$=x/(2+x);E=$*$;k=r-398458|0;P=E*E;S=440401-r|0;b=P*c(P);y=E*l(P);k|=S;w=y+b;if(k>0){t=.5*x*x;if(O===0){return x-(t-$*(t+w))}return O*u-(t-($*(t+w)+O*f)-x)}if(O===0){return x-$*(x-w)}return O*u-($*(x-w)-O*f-x)}e.exports=ln},36488:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.3999999999940942}return.3999999999940942+e*(.22222198432149784+e*.15313837699209373)}e.exports=evalpoly},71103:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.2857142874366239+e*(.1818357216161805+e*.14798198605116586))}e.exports=evalpoly},74879:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(7306);e.exports=n},7306:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FDLIBM]{@link http://www.netlib.org/fdlibm/s_log1p.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(2882);var i=r(45990);var o=r(50469);var a=r(81475);var c=r(11877);var l=r(10897);var u=.6931471803691238;var f=1.9082149292705877e-10;var p=.41421356237309503;var d=-.2928932188134525;var h=1.862645149230957e-9;var m=5551115123125783e-32;var g=9007199254740992;var v=.6666666666666666;function log1p(e){var t;var r;var y;var b;var O;var w;var x;var k;var S;var $;if(e<-1||n(e)){return NaN}if(e===-1){return a}if(e===o){return e}if(e===0){return e}if(e<0){y=-e}else{y=e}$=1;if(y<p){if(y<h){if(y<m){return e}return e-e*e*.5}if(e>d){$=0;b=e;r=1}}if($!==0){if(y<g){S=1+e;r=s(S);$=(r>>20)-c;if($>0){O=1-(S-e)}else{O=e-(S-1)}O/=S}else{S=e;r=s(S);$=(r>>20)-c;O=0}r&=1048575;if(r<434334){S=i(S,r|1072693248)}else{$+=1;S=i(S,r|1071644672);r=1048576-r>>2}b=S-1}t=.5*b*b;if(r===0){if(b===0){O+=$*f;return $*u+O}k=t*(1-v*b);return $*u-(k-($*f+O)-b)}w=b/(2+b);x=w*w;k=x*l(x);if($===0){return b-(t-w*(t+k))}return $*u-(t-(w*(t+k)+($*f+O))-b)}e.exports=log1p},10897:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.6666666666666735}return.6666666666666735+e*(.3999999999940942+e*(.2857142874366239+e*(.22222198432149784+e*(.1818357216161805+e*(.15313837699209373+e*.14798198605116586)))))}e.exports=evalpoly},15430:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44473);e.exports=n},44781:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
*/
function log1pSeries(e){var t=-e;var r=-1;var n=0;return next;function next(){r*=t;n+=1;return r/n}}e.exports=log1pSeries},44473:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2023 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link https://www.boost.org/doc/libs/1_83_0/boost/math/special_functions/log1p.hpp}. The implementation has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2005-2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(66260);var s=r(51550);var i=r(55088);var o=r(96491);var a=r(44781);function log1pmx(e){var t;var r;if(e<=-1){return NaN}r=n(e);if(r>.95){return s(1+e)-e}if(r<i){return-e*e/2}t={initialValue:-e};return o(a(e),t)}e.exports=log1pmx},32974:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(78641);e.exports=n},78641:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(30866);var s=r(86523);var i=r(50469);function max(e,t){if(s(e)||s(t)){return NaN}if(e===i||t===i){return i}if(e===t&&e===0){if(n(e)){return e}return t}if(e>t){return e}return t}e.exports=max},79594:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63757);e.exports=n},63757:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(32974);function maxabs(e,t){return s(n(e),n(t))}e.exports=maxabs},38008:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(29503);e.exports=n},29503:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(23270);var s=r(86523);var i=r(81475);function min(e,t){if(s(e)||s(t)){return NaN}if(e===i||t===i){return i}if(e===t&&e===0){if(n(e)){return e}return t}if(e<t){return e}return t}e.exports=min},89912:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(10431);e.exports=n},10431:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(38008);function minabs(e,t){return s(n(e),n(t))}e.exports=minabs},6310:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(87609);e.exports=n},59905:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(2882);var s=r(23786);var i=r(45990);var o=r(11877);var a=r(31277);var c=r(53140);var l=1048575|0;var u=1048576|0;var f=1072693248|0;var p=536870912|0;var d=524288|0;var h=9007199254740992;var m=.9617966939259756;var g=.9617967009544373;var v=-7.028461650952758e-9;var y=[1,1.5];var b=[0,.5849624872207642];var O=[0,1.350039202129749e-8];function log2ax(e,t,r){var w;var x;var k;var S;var $;var P;var E;var N;var A;var T;var I;var R;var z;var C;var L;var M;var j;var D;var F;var X;var Q;var U;X=0|0;if(r<u){t*=h;X-=53|0;r=n(t)}X+=(r>>a)-o|0;Q=r&l|0;r=Q|f|0;if(Q<=235662){U=0}else if(Q<767610){U=1}else{U=0;X+=1|0;r-=u}t=i(t,r);N=y[U];D=t-N;F=1/(t+N);x=D*F;S=s(x,0);w=(r>>1|p)+d;w+=U<<18;P=i(0,w);E=t-(P-N);$=F*(D-S*P-S*E);k=x*x;j=k*k*c(k);j+=$*(S+x);k=S*S;P=3+k+j;P=s(P,0);E=j-(P-3-k);D=S*P;F=$*P+E*x;T=D+F;T=s(T,0);I=F-(T-D);R=g*T;z=v*T+I*m+O[U];A=b[U];M=X;C=R+z+A+M;C=s(C,0);L=z-(C-M-A-R);e[0]=C;e[1]=L;return e}e.exports=log2ax},53726:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(23786);var s=r(837);var i=1.4426950408889634;var o=1.4426950216293335;var a=1.9259629911266175e-8;function logx(e,t){var r;var c;var l;var u;var f;var p;l=t-1;u=l*l*s(l);f=o*l;p=l*a-u*i;c=f+p;c=n(c,0);r=p-(c-f);e[0]=c;e[1]=r;return e}e.exports=logx},87609:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(86523);var s=r(97687);var i=r(57234);var o=r(2804);var a=r(15478);var c=r(66260);var l=r(87949);var u=r(23786);var f=r(86519);var p=r(81475);var d=r(50469);var h=r(43935);var m=r(72122);var g=r(30888);var v=r(93355);var y=r(59905);var b=r(53726);var O=r(55224);var w=1072693247|0;var x=1105199104|0;var k=1139802112|0;var S=1083179008|0;var $=1072693248|0;var P=1083231232|0;var E=3230714880>>>0;var N=31|0;var A=1e300;var T=1e-300;var I=8008566259537294e-32;var R=[0|0,0|0];var z=[0,0];function pow(e,t){var r;var C;var L;var M;var j;var D;var F;var X;var Q;var U;var B;var q;var Z;var G;var V;var Y;if(n(e)||n(t)){return NaN}l.assign(t,R,1,0);D=R[0];F=R[1];if(F===0){if(t===0){return 1}if(t===1){return e}if(t===-1){return 1/e}if(t===.5){return a(e)}if(t===-.5){return 1/a(e)}if(t===2){return e*e}if(t===3){return e*e*e}if(t===4){e*=e;return e*e}if(i(t)){return v(e,t)}}l.assign(e,R,1,0);M=R[0];j=R[1];if(j===0){if(M===0){return m(e,t)}if(e===1){return 1}if(e===-1&&s(t)){return-1}if(i(e)){if(e===p){return pow(-0,-t)}if(t<0){return 0}return d}}if(e<0&&o(t)===false){return(e-e)/(e-e)}L=c(e);r=M&h|0;C=D&h|0;X=M>>>N|0;Q=D>>>N|0;if(X&&s(t)){X=-1}else{X=1}if(C>x){if(C>k){return g(e,t)}if(r<w){if(Q===1){return X*A*A}return X*T*T}if(r>$){if(Q===0){return X*A*A}return X*T*T}Z=b(z,L)}else{Z=y(z,L,r)}U=u(t,0);q=(t-U)*Z[0]+t*Z[1];B=U*Z[0];G=q+B;l.assign(G,R,1,0);V=f(R[0]);Y=f(R[1]);if(V>=S){if((V-S|Y)!==0){return X*A*A}if(q+I>G-B){return X*A*A}}else if((V&h)>=P){if((V-E|Y)!==0){return X*T*T}if(q<=G-B){return X*T*T}}G=O(V,B,q);return X*G}e.exports=pow},53140:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.5999999999999946}return.5999999999999946+e*(.4285714285785502+e*(.33333332981837743+e*(.272728123808534+e*(.23066074577556175+e*.20697501780033842))))}e.exports=evalpoly},35568:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.16666666666666602}return.16666666666666602+e*(-.0027777777777015593+e*(6613756321437934e-20+e*(-16533902205465252e-22+e*4.1381367970572385e-8)))}e.exports=evalpoly},837:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2024 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e){if(e===0){return.5}return.5+e*(-.3333333333333333+e*.25)}e.exports=evalpoly},55224:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(2882);var s=r(45990);var i=r(23786);var o=r(86519);var a=r(83291);var c=r(81239);var l=r(11877);var u=r(43935);var f=r(28910);var p=r(31277);var d=r(35568);var h=1048576|0;var m=1071644672|0;var g=.6931471824645996;var v=-1.904654299957768e-9;function pow2(e,t,r){var y;var b;var O;var w;var x;var k;var S;var $;var P;var E;var N;E=e&u|0;N=(E>>p)-l|0;P=0;if(E>m){P=e+(h>>N+1)>>>0;N=((P&u)>>p)-l|0;y=(P&~(f>>N))>>>0;O=s(0,y);P=(P&f|h)>>p-N>>>0;if(e<0){P=-P}t-=O}O=r+t;O=i(O,0);x=O*g;k=(r-(O-t))*c+O*v;$=x+k;S=k-($-x);O=$*$;b=$-O*d(O);w=$*b/(b-2)-(S+$*S);$=1-(w-$);e=n($);e=o(e);e+=P<<p>>>0;if(e>>p<=0){$=a($,P)}else{$=s($,e)}return $}e.exports=pow2},72122:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(97687);var s=r(35672);var i=r(81475);var o=r(50469);function pow(e,t){if(t===i){return o}if(t===o){return 0}if(t>0){if(n(t)){return e}return 0}if(n(t)){return s(o,e)}return o}e.exports=pow},30888:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_pow.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 2004 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(43935);var s=r(2882);var i=1072693247|0;var o=1e300;var a=1e-300;function pow(e,t){var r;var c;c=s(e);r=c&n;if(r<=i){if(t<0){return o*o}return a*a}if(t>0){return o*o}return a*a}e.exports=pow},93355:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(50469);function pow(e,t){if(e===-1){return(e-e)/(e-e)}if(e===1){return 1}if(n(e)<1===(t===s)){return 0}return s}e.exports=pow},74756:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2603);e.exports=n},2603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The original C++ code and copyright notice are from the [Boost library]{@link http://www.boost.org/doc/libs/1_85_0/boost/math/special_functions/powm1.hpp}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* (C) Copyright John Maddock 2006.
*
* Use, modification and distribution are subject to the
* Boost Software License, Version 1.0. (See accompanying file
* LICENSE or copy at http://www.boost.org/LICENSE_1_0.txt)
* ```
*/
var n=r(86523);var s=r(57234);var i=r(66260);var o=r(40141);var a=r(51550);var c=r(6310);var l=r(81262);function powm1(e,t){var r;var u;if(n(e)||n(t)){return NaN}if(t===0){return 0}if(e===0){return-1}if(e<0&&t%2===0){e=-e}if(e>0){if(i(t*(e-1))<.5||i(t)<.2){u=a(e)*t;if(u<.5){return o(u)}}}else if(l(t)!==t){return NaN}r=c(e,t)-1;if(s(r)||n(r)){return NaN}return r}e.exports=powm1},93982:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(44385);e.exports=n},97236:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(42334);var s=r(83291);var i=r(21830);var o=[10680707,7228996,1387004,2578385,16069853,12639074,9804092,4427841,16666979,11263675,12935607,2387514,4345298,14681673,3074569,13734428,16653803,1880361,10960616,8533493,3062596,8710556,7349940,6258241,3772886,3769171,3798172,8675211,12450088,3874808,9961438,366607,15675153,9132554,7151469,3571407,2607881,12013382,4155038,6285869,7677882,13102053,15825725,473591,9065106,15363067,6271263,9264392,5636912,4652155,7056368,13614112,10155062,1944035,9527646,15080200,6658437,6231200,6832269,16767104,5075751,3212806,1398474,7579849,6349435,12618859];var a=[1.570796251296997,7.549789415861596e-8,5390302529957765e-30,3282003415807913e-37,1270655753080676e-44,12293330898111133e-52,27337005381646456e-60,21674168387780482e-67];var c=16777216;var l=5.960464477539063e-8;var u=i(20);var f=i(20);var p=i(20);var d=i(20);function compute(e,t,r,i,u,f,h,m,g){var v;var y;var b;var O;var w;var x;var k;var S;var $;O=f;$=i[r];S=r;for(w=0;S>0;w++){y=l*$|0;d[w]=$-c*y|0;$=i[S-1]+y;S-=1}$=s($,u);$-=8*n($*.125);k=$|0;$-=k;b=0;if(u>0){w=d[r-1]>>24-u;k+=w;d[r-1]-=w<<24-u;b=d[r-1]>>23-u}else if(u===0){b=d[r-1]>>23}else if($>=.5){b=2}if(b>0){k+=1;v=0;for(w=0;w<r;w++){S=d[w];if(v===0){if(S!==0){v=1;d[w]=16777216-S}}else{d[w]=16777215-S}}if(u>0){switch(u){case 1:d[r-1]&=8388607;break;case 2:d[r-1]&=4194303;break}}if(b===2){$=1-$;if(v!==0){$-=s(1,u)}}}if($===0){S=0;for(w=r-1;w>=f;w--){S|=d[w]}if(S===0){for(x=1;d[f-x]===0;x++){}for(w=r+1;w<=r+x;w++){g[m+w]=o[h+w];y=0;for(S=0;S<=m;S++){y+=e[S]*g[m+(w-S)]}i[w]=y}r+=x;return compute(e,t,r,i,u,f,h,m,g)}r-=1;u-=24;while(d[r]===0){r-=1;u-=24}}else{$=s($,-u);if($>=c){y=l*$|0;d[r]=$-c*y|0;r+=1;u+=24;d[r]=y}else{d[r]=$|0}}y=s(1,u);for(w=r;w>=0;w--){i[w]=y*d[w];y*=l}for(w=r;w>=0;w--){y=0;for(x=0;x<=O&&x<=r-w;x++){y+=a[x]*i[w+x]}p[r-w]=y}y=0;for(w=r;w>=0;w--){y+=p[w]}if(b===0){t[0]=y}else{t[0]=-y}y=p[0]-y;for(w=1;w<=r;w++){y+=p[w]}if(b===0){t[1]=y}else{t[1]=-y}return k&7}function kernelRempio2(e,t,r,n){var s;var i;var a;var c;var l;var p;var d;var h;var m;i=4;c=n-1;a=(r-3)/24|0;if(a<0){a=0}p=r-24*(a+1);h=a-c;m=c+i;for(d=0;d<=m;d++){if(h<0){u[d]=0}else{u[d]=o[h]}h+=1}for(d=0;d<=i;d++){s=0;for(h=0;h<=c;h++){s+=e[h]*u[c+(d-h)]}f[d]=s}l=i;return compute(e,t,l,f,p,i,a,c,u)}e.exports=kernelRempio2},44385:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/e_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
*
* Optimized by Bruce D. Evans.
* ```
*/
var n=r(43935);var s=r(30222);var i=r(28910);var o=r(2882);var a=r(31662);var c=r(17844);var l=r(97236);var u=r(92880);var f=0;var p=16777216;var d=1.5707963267341256;var h=6077100506506192e-26;var m=2*h;var g=3*h;var v=4*h;var y=598523|0;var b=1072243195|0;var O=1073928572|0;var w=1074752122|0;var x=1074977148|0;var k=1075183036|0;var S=1075388923|0;var $=1075594811|0;var P=1094263291|0;var E=[0,0,0];var N=[0,0];function rempio2(e,t){var r;var A;var T;var I;var R;var z;var C;var L;T=o(e)|0;I=T&n|0;if(I<=b){t[0]=e;t[1]=0;return 0}if(I<=w){if((I&i)===y){return u(e,I,t)}if(I<=O){if(T>0){L=e-d;t[0]=L-h;t[1]=L-t[0]-h;return 1}L=e+d;t[0]=L+h;t[1]=L-t[0]+h;return-1}if(T>0){L=e-2*d;t[0]=L-m;t[1]=L-t[0]-m;return 2}L=e+2*d;t[0]=L+m;t[1]=L-t[0]+m;return-2}if(I<=$){if(I<=k){if(I===x){return u(e,I,t)}if(T>0){L=e-3*d;t[0]=L-g;t[1]=L-t[0]-g;return 3}L=e+3*d;t[0]=L+g;t[1]=L-t[0]+g;return-3}if(I===S){return u(e,I,t)}if(T>0){L=e-4*d;t[0]=L-v;t[1]=L-t[0]-v;return 4}L=e+4*d;t[0]=L+v;t[1]=L-t[0]+v;return-4}if(I<P){return u(e,I,t)}if(I>=s){t[0]=NaN;t[1]=NaN;return 0}r=a(e);A=(I>>20)-1046;L=c(I-(A<<20|0),r);for(z=0;z<2;z++){E[z]=L|0;L=(L-E[z])*p}E[2]=L;R=3;while(E[R-1]===f){R-=1}C=l(E,N,A,R,1);if(T<0){t[0]=-N[0];t[1]=-N[1];return-C}t[0]=N[0];t[1]=N[1];return C}e.exports=rempio2},92880:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright and license were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/k_rem_pio2.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(18972);var s=r(2882);var i=.6366197723675814;var o=1.5707963267341256;var a=6077100506506192e-26;var c=6077100506303966e-26;var l=20222662487959506e-37;var u=20222662487111665e-37;var f=84784276603689e-45;var p=2047|0;function rempio2Medium(e,t,r){var d;var h;var m;var g;var v;var y;var b;h=n(e*i);g=e-h*o;v=h*a;b=t>>20|0;r[0]=g-v;d=s(r[0]);y=b-(d>>20&p);if(y>16){m=g;v=h*c;g=m-v;v=h*l-(m-g-v);r[0]=g-v;d=s(r[0]);y=b-(d>>20&p);if(y>49){m=g;v=h*u;g=m-v;v=h*f-(m-g-v);r[0]=g-v}}r[1]=g-r[0]-v;return h}e.exports=rempio2Medium},18972:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66547);e.exports=n},66547:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.round;e.exports=t},61794:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(53205);e.exports=n},53205:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*
*
* ## Notice
*
* The following copyright, license, and long comment were part of the original implementation available as part of [FreeBSD]{@link https://svnweb.freebsd.org/base/release/9.3.0/lib/msun/src/s_sin.c}. The implementation follows the original, but has been modified for JavaScript.
*
* ```text
* Copyright (C) 1993 by Sun Microsystems, Inc. All rights reserved.
*
* Developed at SunPro, a Sun Microsystems, Inc. business.
* Permission to use, copy, modify, and distribute this
* software is freely granted, provided that this notice
* is preserved.
* ```
*/
var n=r(43935);var s=r(30222);var i=r(2882);var o=r(71567);var a=r(70186);var c=r(93982);var l=1072243195|0;var u=1045430272|0;var f=[0,0];function sin(e){var t;var r;t=i(e);t&=n;if(t<=l){if(t<u){return e}return a(e,0)}if(t>=s){return NaN}r=c(e,f);switch(r&3){case 0:return a(f[0],f[1]);case 1:return o(f[0],f[1]);case 2:return-a(f[0],f[1]);default:return-o(f[0],f[1])}}e.exports=sin},18901:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(83012);e.exports=n},83012:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);var s=r(57234);var i=r(99191);var o=r(61794);var a=r(66260);var c=r(35672);var l=r(39701);function sinpi(e){var t;var r;if(n(e)){return NaN}if(s(e)){return NaN}r=e%2;t=a(r);if(t===0||t===1){return c(0,r)}if(t<.25){return o(l*r)}if(t<.75){t=.5-t;return c(i(l*t),r)}if(t<1.25){r=c(1,r)-r;return o(l*r)}if(t<1.75){t-=1.5;return-c(i(l*t),r)}r-=c(2,r);return o(l*r)}e.exports=sinpi},15478:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(91689);e.exports=n},91689:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.sqrt;e.exports=t},81262:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(92657);e.exports=n},92657:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(42334);var s=r(3385);function trunc(e){if(e<0){return s(e)}return n(e)}e.exports=trunc},13962:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(55088);var i=r(28858);var o=1e6;function continuedFractionA(e,t,r){var s;var o;var a;var c;var l;var u;u=e();l=u[1];o=u[0];if(l===0){l=i}a=l;c=0;do{u=e();if(u){c=u[1]+u[0]*c;if(c===0){c=i}a=u[1]+u[0]/a;if(a===0){a=i}c=1/c;s=a*c;l*=s}}while(u&&n(s-1)>t&&--r);return o/l}function continuedFractionB(e,t,r){var s;var o;var a;var c;var l;l=e();c=l[1];if(c===0){c=i}o=c;a=0;do{l=e();if(l){a=l[1]+l[0]*a;if(a===0){a=i}o=l[1]+l[0]/o;if(o===0){o=i}a=1/a;s=o*a;c*=s}}while(l&&n(s-1)>t&&--r);return c}function continuedFraction(e,t){var r;var n;var i;n={};if(arguments.length>1){n=t}i=n.tolerance||s;r=n.maxIter||o;if(n.keep){return continuedFractionB(e,i,r)}return continuedFractionA(e,i,r)}e.exports=continuedFraction},57028:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(28858);var i=r(55088);var o=1e6;function continuedFractionA(e,t,r){var i;var o;var a;var c;var l;var u;var f;i=typeof e.next==="function";f=i?e.next().value:e();c=f[1];a=f[0];if(c===0){c=s}l=c;u=0;if(i===true){do{f=e.next().value;if(f){u=f[1]+f[0]*u;if(u===0){u=s}l=f[1]+f[0]/l;if(l===0){l=s}u=1/u;o=l*u;c*=o}}while(n(o-1)>t&&--r)}else{do{f=e();if(f){u=f[1]+f[0]*u;if(u===0){u=s}l=f[1]+f[0]/l;if(l===0){l=s}u=1/u;o=l*u;c*=o}}while(f&&n(o-1)>t&&--r)}return a/c}function continuedFractionB(e,t,r){var i;var o;var a;var c;var l;var u;i=typeof e.next==="function";u=i?e.next().value:e();a=u[1];if(a===0){a=s}c=a;l=0;if(i===true){do{u=e.next().value;if(u){l=u[1]+u[0]*l;if(l===0){l=s}c=u[1]+u[0]/c;if(c===0){c=s}l=1/l;o=c*l;a*=o}}while(u&&n(o-1)>t&&--r)}else{do{u=e();if(u){l=u[1]+u[0]*l;if(l===0){l=s}c=u[1]+u[0]/c;if(c===0){c=s}l=1/l;o=c*l;a*=o}}while(u&&n(o-1)>t&&--r)}return a}function continuedFraction(e,t){var r;var n;var s;n={};if(arguments.length>1){n=t}r=n.maxIter||o;s=n.tolerance||i;if(n.keep){return continuedFractionB(e,s,r)}return continuedFractionA(e,s,r)}e.exports=continuedFraction},30508:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67640);var s=r(57028);var i=r(13962);var o;if(n()){o=s}else{o=i}e.exports=o},71278:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(36990);var s=r(93767);function factory(e){var t;var r;var i;var o;if(e.length>500){return polyval}t="return function evalpoly(x){";r=e.length;if(r===0){t+="return 0.0;"}else if(r===1){t+="return "+e[0]+";"}else{t+="if(x===0.0){return "+e[0]+";}";t+="return "+e[0];i=r-1;for(o=1;o<r;o++){t+="+x*";if(o<i){t+="("}t+=e[o]}for(o=0;o<i-1;o++){t+=")"}t+=";"}t+="}";t+="//# sourceURL=evalpoly.factory.js";return new n(t)();function polyval(t){return s(e,t)}}e.exports=factory},62096:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(93767);var i=r(71278);n(s,"factory",i);e.exports=s},93767:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function evalpoly(e,t){var r;var n;n=e.length;if(n<2||t===0){if(n===0){return 0}return e[0]}n-=1;r=e[n]*t+e[n-1];n-=2;while(n>=0){r=r*t+e[n];n-=1}return r}e.exports=evalpoly},56049:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(55088);var i=1e6;function sumSeries(e,t){var r;var o;var a;var c;var l;l={};if(arguments.length>1){l=t}r=l.tolerance||s;a=l.maxTerms||i;c=l.initialValue||0;do{o=e();c+=o}while(n(r*c)<n(o)&&--a);return c}e.exports=sumSeries},13333:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(66260);var s=r(55088);var i=1e6;function sumSeries(e,t){var r;var o;var a;var c;var l;var u;u={};if(arguments.length>1){u=t}o=u.tolerance||s;c=u.maxTerms||i;l=u.initialValue||0;r=typeof e.next==="function";if(r===true){for(a of e){l+=a;if(n(o*l)>=n(a)||--c===0){break}}}else{do{a=e();l+=a}while(n(o*l)<n(a)&&--c)}return l}e.exports=sumSeries},96491:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67640);var s=r(13333);var i=r(56049);var o;if(n()){o=s}else{o=i}e.exports=o},84241:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(97696);e.exports=n},97696:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
e.exports=Number},6075:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(67014);e.exports=n},67014:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(2882);var s=r(30222);var i=r(11877);function exponent(e){var t=n(e);t=(t&s)>>>20;return t-i|0}e.exports=exponent},17844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(15259);e.exports=n},99593:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;var i;var o;if(n===true){i=1;o=0}else{i=0;o=1}s={HIGH:i,LOW:o};e.exports=s},15259:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var i=r(99593);var o=new s(1);var a=new n(o.buffer);var c=i.HIGH;var l=i.LOW;function fromWords(e,t){a[c]=e;a[l]=t;return o[0]}e.exports=fromWords},69828:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;if(n===true){s=1}else{s=0}e.exports=s},2882:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(16053);e.exports=n},16053:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var i=r(69828);var o=new s(1);var a=new n(o.buffer);function getHighWord(e){o[0]=e;return a[i]}e.exports=getHighWord},31662:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(23761);e.exports=n},75844:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;if(n===true){s=0}else{s=1}e.exports=s},23761:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var i=r(75844);var o=new s(1);var a=new n(o.buffer);function getLowWord(e){o[0]=e;return a[i]}e.exports=getLowWord},40750:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(55417);var s=r(57234);var i=r(86523);var o=r(66260);var a=4503599627370496;function normalize(e,t,r,c){if(i(e)||s(e)){t[c]=e;t[c+r]=0;return t}if(e!==0&&o(e)<n){t[c]=e*a;t[c+r]=-52;return t}t[c]=e;t[c+r]=0;return t}e.exports=normalize},79335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(86754);var i=r(40750);n(s,"assign",i);e.exports=s},86754:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40750);function normalize(e){return n(e,[0,0],1,0)}e.exports=normalize},72880:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;if(n===true){s=1}else{s=0}e.exports=s},45990:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(96921);e.exports=n},96921:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var i=r(72880);var o=new s(1);var a=new n(o.buffer);function setHighWord(e,t){o[0]=e;a[i]=t>>>0;return o[0]}e.exports=setHighWord},23786:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(10253);e.exports=n},79760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;if(n===true){s=0}else{s=1}e.exports=s},10253:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var i=r(79760);var o=new s(1);var a=new n(o.buffer);function setLowWord(e,t){o[0]=e;a[i]=t>>>0;return o[0]}e.exports=setLowWord},65132:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(47096);var s=r(69979);var i=r(33808);var o=new s(1);var a=new n(o.buffer);var c=i.HIGH;var l=i.LOW;function toWords(e,t,r,n){o[0]=e;t[n]=a[c];t[n+r]=a[l];return t}e.exports=toWords},87949:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(16364);var i=r(65132);n(s,"assign",i);e.exports=s},33808:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(40347);var s;var i;var o;if(n===true){i=1;o=0}else{i=0;o=1}s={HIGH:i,LOW:o};e.exports=s},16364:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(65132);function toWords(e){return n(e,[0>>>0,0>>>0],1,0)}e.exports=toWords},86519:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(73234);e.exports=n},73234:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function uint32ToInt32(e){return e|0}e.exports=uint32ToInt32},19073:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var s=r(86523);function factory(e){if(s(e)){return n(NaN)}return cdf;function cdf(t){if(s(t)){return NaN}return t<e?0:1}}e.exports=factory},46603:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(97782);var i=r(19073);n(s,"factory",i);e.exports=s},97782:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86523);function cdf(e,t){if(n(e)||n(t)){return NaN}return e<t?0:1}e.exports=cdf},17058:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(14993);var s=r(86523);var i=r(3084);var o=r(81262);var a=r(32974);var c=r(38008);var l=r(77392);var u=r(50469);var f=r(69979);var p=r(86299);function factory(e,t,r){if(s(e)||s(t)||s(r)||!n(e)||!n(t)||!n(r)||e===u||t===u||t>e||r>e){return i(NaN)}return cdf;function cdf(n){var i;var u;var d;var h;var m;if(s(n)){return NaN}n=o(n);if(n<a(0,r+t-e)){return 0}if(n>=c(r,t)){return 1}u=new f(n+1);u[n]=l(n,e,t,r);for(m=n-1;m>=0;m--){d=(m+1)*(e-t-(r-m-1));i=(t-m)*(r-m);u[m]=d/i*u[m+1]}h=p(u);return c(h,1)}}e.exports=factory},21444:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(92523);var i=r(17058);n(s,"factory",i);e.exports=s},92523:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(14993);var s=r(86523);var i=r(81262);var o=r(32974);var a=r(38008);var c=r(77392);var l=r(50469);var u=r(69979);var f=r(86299);function cdf(e,t,r,p){var d;var h;var m;var g;var v;if(s(e)||s(t)||s(r)||s(p)||!n(t)||!n(r)||!n(p)||t===l||r===l||r>t||p>t){return NaN}e=i(e);if(e<o(0,p+r-t)){return 0}if(e>=a(p,r)){return 1}h=new u(e+1);h[e]=c(e,t,r,p);for(v=e-1;v>=0;v--){m=(v+1)*(t-r-(p-v-1));d=(r-v)*(p-v);h[v]=m/d*h[v+1]}g=f(h);return a(g,1)}e.exports=cdf},86299:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function sum(e){var t;var r;var n;t=e.length;r=0;for(n=0;n<t;n++){r+=e[n]}return r}e.exports=sum},89646:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(14993);var s=r(86523);var i=r(3084);var o=r(31851);var a=r(70297);var c=r(32974);var l=r(38008);var u=r(50469);function factory(e,t,r){var f;var p;if(s(e)||s(t)||s(r)||!n(e)||!n(t)||!n(r)||e===u||t===u||t>e||r>e){return i(NaN)}p=c(0,r+t-e);f=l(t,r);return pmf;function pmf(i){var c;var l;var u;if(s(i)){return NaN}if(n(i)&&p<=i&&i<=f){l=a(r)+a(t)+a(e-r)+a(e-t);c=a(e)+a(i)+a(r-i);c+=a(t-i)+a(e-t+i-r);u=l-c;return o(u)}return 0}}e.exports=factory},77392:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(89383);var i=r(89646);n(s,"factory",i);e.exports=s},89383:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(14993);var s=r(86523);var i=r(31851);var o=r(70297);var a=r(32974);var c=r(38008);var l=r(50469);function pmf(e,t,r,u){var f;var p;var d;var h;var m;if(s(e)||s(t)||s(r)||s(u)||!n(t)||!n(r)||!n(u)||t===l||r===l||r>t||u>t){return NaN}m=a(0,u+r-t);h=c(r,u);if(n(e)&&m<=e&&e<=h){p=o(u)+o(r)+o(t-u)+o(t-r);f=o(t)+o(e)+o(u-e);f+=o(r-e)+o(t-r+e-u);d=p-f;return i(d)}return 0}e.exports=pmf},21250:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var s=r(46603).factory;var i=r(86523);var o=r(15478);var a=r(30988);function factory(e,t){var r;if(i(e)||i(t)||t<0){return n(NaN)}if(t===0){return s(e)}r=t*o(2);return cdf;function cdf(t){var n;if(i(t)){return NaN}n=t-e;return.5*a(-n/r)}}e.exports=factory},72484:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(21643);var i=r(21250);n(s,"factory",i);e.exports=s},21643:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(30988);var s=r(15478);var i=r(86523);function cdf(e,t,r){var o;var a;if(i(e)||i(t)||i(r)||r<0){return NaN}if(r===0){return e<t?0:1}o=r*s(2);a=e-t;return.5*n(-a/o)}e.exports=cdf},32335:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(3084);var s=r(89986);var i=r(86523);var o=r(6310);function factory(e){if(i(e)||e<=0){return n(NaN)}return cdf;function cdf(t){var r;var n;var a;if(i(t)){return NaN}if(t===0){return.5}r=o(t,2);if(e>2*r){a=r/(e+r);n=s(a,.5,e/2,true,true)/2}else{a=e/(e+r);n=s(a,e/2,.5,true,false)/2}return t>0?1-n:n}}e.exports=factory},86021:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(4568);var s=r(61044);var i=r(32335);n(s,"factory",i);e.exports=s},61044:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(89986);var s=r(86523);var i=r(6310);function cdf(e,t){var r;var o;var a;if(s(e)||s(t)||t<=0){return NaN}if(e===0){return.5}r=i(e,2);if(t>2*r){a=r/(t+r);o=n(a,.5,t/2,true,true)/2}else{a=t/(t+r);o=n(a,t/2,.5,true,false)/2}return e>0?1-o:o}e.exports=cdf},92029:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Math.abs;var r=String.prototype.toLowerCase;var n=String.prototype.toUpperCase;var s=String.prototype.replace;var i=/e\+(\d)$/;var o=/e-(\d)$/;var a=/^(\d+)$/;var c=/^(\d+)e/;var l=/\.0$/;var u=/\.0*e/;var f=/(\..*[^0])0*e/;function formatDouble(e,p){var d;var h;switch(p.specifier){case"e":case"E":h=e.toExponential(p.precision);break;case"f":case"F":h=e.toFixed(p.precision);break;case"g":case"G":if(t(e)<1e-4){d=p.precision;if(d>0){d-=1}h=e.toExponential(d)}else{h=e.toPrecision(p.precision)}if(!p.alternate){h=s.call(h,f,"$1e");h=s.call(h,u,"e");h=s.call(h,l,"")}break;default:throw new Error("invalid double notation. Value: "+p.specifier)}h=s.call(h,i,"e+0$1");h=s.call(h,o,"e-0$1");if(p.alternate){h=s.call(h,a,"$1.");h=s.call(h,c,"$1.e")}if(e>=0&&p.sign){h=p.sign+h}h=p.specifier===n.call(p.specifier)?n.call(h):r.call(h);return h}e.exports=formatDouble},91836:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(86392);var s=r(20122);var i=String.prototype.toLowerCase;var o=String.prototype.toUpperCase;function formatInteger(e){var t;var r;var a;switch(e.specifier){case"b":t=2;break;case"o":t=8;break;case"x":case"X":t=16;break;case"d":case"i":case"u":default:t=10;break}r=e.arg;a=parseInt(r,10);if(!isFinite(a)){if(!n(r)){throw new Error("invalid integer. Value: "+r)}a=0}if(a<0&&(e.specifier==="u"||t!==10)){a=4294967295+a+1}if(a<0){r=(-a).toString(t);if(e.precision){r=s(r,e.precision,e.padRight)}r="-"+r}else{r=a.toString(t);if(!a&&!e.precision){r=""}else if(e.precision){r=s(r,e.precision,e.padRight)}if(e.sign){r=e.sign+r}}if(t===16){if(e.alternate){r="0x"+r}r=e.specifier===o.call(e.specifier)?o.call(r):i.call(r)}if(t===8){if(e.alternate&&r.charAt(0)!=="0"){r="0"+r}}return r}e.exports=formatInteger},50024:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(84879);e.exports=n},86392:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isNumber(e){return typeof e==="number"}e.exports=isNumber},97852:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(e){return typeof e==="string"}e.exports=isString},84879:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(91836);var s=r(97852);var i=r(86392);var o=r(92029);var a=r(34484);var c=r(20122);var l=String.fromCharCode;var u=Array.isArray;function isnan(e){return e!==e}function initialize(e){var t={};t.specifier=e.specifier;t.precision=e.precision===void 0?1:e.precision;t.width=e.width;t.flags=e.flags||"";t.mapping=e.mapping;return t}function formatInterpolate(e){var t;var r;var f;var p;var d;var h;var m;var g;var v;var y;if(!u(e)){throw new TypeError("invalid argument. First argument must be an array. Value: `"+e+"`.")}h="";m=1;for(v=0;v<e.length;v++){f=e[v];if(s(f)){h+=f}else{t=f.precision!==void 0;f=initialize(f);if(!f.specifier){throw new TypeError("invalid argument. Token is missing `specifier` property. Index: `"+v+"`. Value: `"+f+"`.")}if(f.mapping){m=f.mapping}r=f.flags;for(y=0;y<r.length;y++){p=r.charAt(y);switch(p){case" ":f.sign=" ";break;case"+":f.sign="+";break;case"-":f.padRight=true;f.padZeros=false;break;case"0":f.padZeros=r.indexOf("-")<0;break;case"#":f.alternate=true;break;default:throw new Error("invalid flag: "+p)}}if(f.width==="*"){f.width=parseInt(arguments[m],10);m+=1;if(isnan(f.width)){throw new TypeError("the argument for * width at position "+m+" is not a number. Value: `"+f.width+"`.")}if(f.width<0){f.padRight=true;f.width=-f.width}}if(t){if(f.precision==="*"){f.precision=parseInt(arguments[m],10);m+=1;if(isnan(f.precision)){throw new TypeError("the argument for * precision at position "+m+" is not a number. Value: `"+f.precision+"`.")}if(f.precision<0){f.precision=1;t=false}}}f.arg=arguments[m];switch(f.specifier){case"b":case"o":case"x":case"X":case"d":case"i":case"u":if(t){f.padZeros=false}f.arg=n(f);break;case"s":f.maxWidth=t?f.precision:-1;f.arg=String(f.arg);break;case"c":if(!isnan(f.arg)){d=parseInt(f.arg,10);if(d<0||d>127){throw new Error("invalid character code. Value: "+f.arg)}f.arg=isnan(d)?String(f.arg):l(d)}break;case"e":case"E":case"f":case"F":case"g":case"G":if(!t){f.precision=6}g=parseFloat(f.arg);if(!isFinite(g)){if(!i(f.arg)){throw new Error("invalid floating-point number. Value: "+h)}g=f.arg;f.padZeros=false}f.arg=o(g,f);break;default:throw new Error("invalid specifier: "+f.specifier)}if(f.maxWidth>=0&&f.arg.length>f.maxWidth){f.arg=f.arg.substring(0,f.maxWidth)}if(f.padZeros){f.arg=c(f.arg,f.width||f.precision,f.padRight)}else if(f.width){f.arg=a(f.arg,f.width,f.padRight)}h+=f.arg||"";m+=1}}return h}e.exports=formatInterpolate},34484:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function spaces(e){var t="";var r;for(r=0;r<e;r++){t+=" "}return t}function spacePad(e,t,r){var n=t-e.length;if(n<0){return e}e=r?e+spaces(n):spaces(n)+e;return e}e.exports=spacePad},20122:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function startsWithMinus(e){return e[0]==="-"}function zeros(e){var t="";var r;for(r=0;r<e;r++){t+="0"}return t}function zeroPad(e,t,r){var n=false;var s=t-e.length;if(s<0){return e}if(startsWithMinus(e)){n=true;e=e.substr(1)}e=r?e+zeros(s):zeros(s)+e;if(n){e="-"+e}return e}e.exports=zeroPad},19340:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(58755);e.exports=n},58755:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=/%(?:([1-9]\d*)\$)?([0 +\-#]*)(\*|\d+)?(?:(\.)(\*|\d+)?)?[hlL]?([%A-Za-z])/g;function parse(e){var t={mapping:e[1]?parseInt(e[1],10):void 0,flags:e[2],width:e[3],precision:e[5],specifier:e[6]};if(e[4]==="."&&e[5]===void 0){t.precision="1"}return t}function formatTokenize(e){var r;var n;var s;var i;n=[];i=0;s=t.exec(e);while(s){r=e.slice(i,t.lastIndex-s[0].length);if(r.length){n.push(r)}if(s[6]==="%"){n.push("%")}else{n.push(parse(s))}i=t.lastIndex;s=t.exec(e)}r=e.slice(i);if(r.length){n.push(r)}return n}e.exports=formatTokenize},17760:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(63191);e.exports=n},28676:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function isString(e){return typeof e==="string"}e.exports=isString},63191:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2022 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50024);var s=r(19340);var i=r(28676);function format(e){var t;var r;if(!i(e)){throw new TypeError(format("invalid argument. First argument must be a string. Value: `%s`.",e))}t=[s(e)];for(r=1;r<arguments.length;r++){t.push(arguments[r])}return n.apply(null,t)}e.exports=format},32038:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(62873);e.exports=n},62873:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Symbol==="function"?Symbol:void 0;e.exports=t},3084:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(8675);e.exports=n},8675:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
function wrap(e){return constantFunction;function constantFunction(){return e}}e.exports=wrap},4568:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(26239);e.exports=n},26239:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(50708);function setNonEnumerableReadOnly(e,t,r){n(e,t,{configurable:false,enumerable:false,writable:false,value:r})}e.exports=setNonEnumerableReadOnly},97619:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.defineProperty;e.exports=t},15141:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=typeof Object.defineProperty==="function"?Object.defineProperty:null;e.exports=t},32342:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2021 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(15141);function hasDefinePropertySupport(){try{n({},"x",{});return true}catch(e){return false}}e.exports=hasDefinePropertySupport},50708:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(32342);var s=r(97619);var i=r(80061);var o;if(n()){o=s}else{o=i}e.exports=o},80061:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(17760);var s=Object.prototype;var i=s.toString;var o=s.__defineGetter__;var a=s.__defineSetter__;var c=s.__lookupGetter__;var l=s.__lookupSetter__;function defineProperty(e,t,r){var u;var f;var p;var d;if(typeof e!=="object"||e===null||i.call(e)==="[object Array]"){throw new TypeError(n("invalid argument. First argument must be an object. Value: `%s`.",e))}if(typeof r!=="object"||r===null||i.call(r)==="[object Array]"){throw new TypeError(n("invalid argument. Property descriptor must be an object. Value: `%s`.",r))}f="value"in r;if(f){if(c.call(e,t)||l.call(e,t)){u=e.__proto__;e.__proto__=s;delete e[t];e[t]=r.value;e.__proto__=u}else{e[t]=r.value}}p="get"in r;d="set"in r;if(f&&(p||d)){throw new Error("invalid argument. Cannot specify one or more accessors and a value or writable attribute in the property descriptor.")}if(p&&o){o.call(e,t,r.get)}if(d&&a){a.call(e,t,r.set)}return e}e.exports=defineProperty},13595:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=eval;e.exports=t},547:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(9501);var s=r(31006);var i=r(9728);var o;if(n()){o=i}else{o=s}e.exports=o},31006:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(55763);function nativeClass(e){return n.call(e)}e.exports=nativeClass},9728:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(31907);var s=r(94499);var i=r(55763);function nativeClass(e){var t;var r;var o;if(e===null||e===void 0){return i.call(e)}r=e[s];t=n(e,s);try{e[s]=void 0}catch(t){return i.call(e)}o=i.call(e);if(t){e[s]=r}else{delete e[s]}return o}e.exports=nativeClass},55763:e=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var t=Object.prototype.toString;e.exports=t},94499:(e,t,r)=>{
/**
* @license Apache-2.0
*
* Copyright (c) 2018 The Stdlib Authors.
*
* Licensed under the Apache License, Version 2.0 (the "License");
* you may not use this file except in compliance with the License.
* You may obtain a copy of the License at
*
*    http://www.apache.org/licenses/LICENSE-2.0
*
* Unless required by applicable law or agreed to in writing, software
* distributed under the License is distributed on an "AS IS" BASIS,
* WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
* See the License for the specific language governing permissions and
* limitations under the License.
*/
var n=r(32038);var s=typeof n==="function"?n.toStringTag:"";e.exports=s},89379:(e,t,r)=>{const n=Symbol("SemVer ANY");class Comparator{static get ANY(){return n}constructor(e,t){t=s(t);if(e instanceof Comparator){if(e.loose===!!t.loose){return e}else{e=e.value}}e=e.trim().split(/\s+/).join(" ");c("comparator",e,t);this.options=t;this.loose=!!t.loose;this.parse(e);if(this.semver===n){this.value=""}else{this.value=this.operator+this.semver.version}c("comp",this)}parse(e){const t=this.options.loose?i[o.COMPARATORLOOSE]:i[o.COMPARATOR];const r=e.match(t);if(!r){throw new TypeError(`Invalid comparator: ${e}`)}this.operator=r[1]!==undefined?r[1]:"";if(this.operator==="="){this.operator=""}if(!r[2]){this.semver=n}else{this.semver=new l(r[2],this.options.loose)}}toString(){return this.value}test(e){c("Comparator.test",e,this.options.loose);if(this.semver===n||e===n){return true}if(typeof e==="string"){try{e=new l(e,this.options)}catch(e){return false}}return a(e,this.operator,this.semver,this.options)}intersects(e,t){if(!(e instanceof Comparator)){throw new TypeError("a Comparator is required")}if(this.operator===""){if(this.value===""){return true}return new u(e.value,t).test(this.value)}else if(e.operator===""){if(e.value===""){return true}return new u(this.value,t).test(e.semver)}t=s(t);if(t.includePrerelease&&(this.value==="<0.0.0-0"||e.value==="<0.0.0-0")){return false}if(!t.includePrerelease&&(this.value.startsWith("<0.0.0")||e.value.startsWith("<0.0.0"))){return false}if(this.operator.startsWith(">")&&e.operator.startsWith(">")){return true}if(this.operator.startsWith("<")&&e.operator.startsWith("<")){return true}if(this.semver.version===e.semver.version&&this.operator.includes("=")&&e.operator.includes("=")){return true}if(a(this.semver,"<",e.semver,t)&&this.operator.startsWith(">")&&e.operator.startsWith("<")){return true}if(a(this.semver,">",e.semver,t)&&this.operator.startsWith("<")&&e.operator.startsWith(">")){return true}return false}}e.exports=Comparator;const s=r(70356);const{safeRe:i,t:o}=r(95471);const a=r(28646);const c=r(1159);const l=r(7163);const u=r(96782)},96782:(e,t,r)=>{const n=/\s+/g;class Range{constructor(e,t){t=o(t);if(e instanceof Range){if(e.loose===!!t.loose&&e.includePrerelease===!!t.includePrerelease){return e}else{return new Range(e.raw,t)}}if(e instanceof a){this.raw=e.value;this.set=[[e]];this.formatted=undefined;return this}this.options=t;this.loose=!!t.loose;this.includePrerelease=!!t.includePrerelease;this.raw=e.trim().replace(n," ");this.set=this.raw.split("||").map(e=>this.parseRange(e.trim())).filter(e=>e.length);if(!this.set.length){throw new TypeError(`Invalid SemVer Range: ${this.raw}`)}if(this.set.length>1){const e=this.set[0];this.set=this.set.filter(e=>!isNullSet(e[0]));if(this.set.length===0){this.set=[e]}else if(this.set.length>1){for(const e of this.set){if(e.length===1&&isAny(e[0])){this.set=[e];break}}}}this.formatted=undefined}get range(){if(this.formatted===undefined){this.formatted="";for(let e=0;e<this.set.length;e++){if(e>0){this.formatted+="||"}const t=this.set[e];for(let e=0;e<t.length;e++){if(e>0){this.formatted+=" "}this.formatted+=t[e].toString().trim()}}}return this.formatted}format(){return this.range}toString(){return this.range}parseRange(e){e=e.replace(y,"");const t=(this.options.includePrerelease&&g)|(this.options.loose&&v);const r=t+":"+e;const n=i.get(r);if(n){return n}const s=this.options.loose;const o=s?f[d.HYPHENRANGELOOSE]:f[d.HYPHENRANGE];e=e.replace(o,hyphenReplace(this.options.includePrerelease));c("hyphen replace",e);e=u(e);c("comparator trim",e);e=e.replace(f[d.TILDETRIM],h);c("tilde trim",e);e=e.replace(f[d.CARETTRIM],m);c("caret trim",e);let l=e.split(" ").map(e=>parseComparator(e,this.options)).join(" ").split(/\s+/).map(e=>replaceGTE0(e,this.options));if(s){l=l.filter(e=>{c("loose invalid filter",e,this.options);return!!e.match(f[d.COMPARATORLOOSE])})}c("range list",l);const p=new Map;const b=l.map(e=>new a(e,this.options));for(const e of b){if(isNullSet(e)){return[e]}p.set(e.value,e)}if(p.size>1&&p.has("")){p.delete("")}const O=[...p.values()];i.set(r,O);return O}intersects(e,t){if(!(e instanceof Range)){throw new TypeError("a Range is required")}return this.set.some(r=>isSatisfiable(r,t)&&e.set.some(e=>isSatisfiable(e,t)&&r.every(r=>e.every(e=>r.intersects(e,t)))))}test(e){if(!e){return false}if(typeof e==="string"){try{e=new l(e,this.options)}catch(e){return false}}for(let t=0;t<this.set.length;t++){if(testSet(this.set[t],e,this.options)){return true}}return false}}e.exports=Range;const s=r(61383);const i=new s;const o=r(70356);const a=r(89379);const c=r(1159);const l=r(7163);const u=r(69737);const{safeRe:f,src:p,t:d,tildeTrimReplace:h,caretTrimReplace:m}=r(95471);const{FLAG_INCLUDE_PRERELEASE:g,FLAG_LOOSE:v}=r(45101);const y=new RegExp(p[d.BUILD],"g");const isNullSet=e=>e.value==="<0.0.0-0";const isAny=e=>e.value==="";const isSatisfiable=(e,t)=>{let r=true;const n=e.slice();let s=n.pop();while(r&&n.length){r=n.every(e=>s.intersects(e,t));s=n.pop()}return r};const parseComparator=(e,t)=>{e=e.replace(f[d.BUILD],"");c("comp",e,t);e=replaceCarets(e,t);c("caret",e);e=replaceTildes(e,t);c("tildes",e);e=replaceXRanges(e,t);c("xrange",e);e=replaceStars(e,t);c("stars",e);return e};const isX=e=>!e||e.toLowerCase()==="x"||e==="*";const invalidXRangeOrder=(e,t,r)=>isX(e)&&!isX(t)||isX(t)&&r&&!isX(r);const replaceTildes=(e,t)=>e.trim().split(/\s+/).map(e=>replaceTilde(e,t)).join(" ");const replaceTilde=(e,t)=>{const r=t.loose?f[d.TILDELOOSE]:f[d.TILDE];const n=t.includePrerelease?"-0":"";return e.replace(r,(t,r,s,i,o)=>{c("tilde",e,t,r,s,i,o);let a;if(isX(r)){a=""}else if(isX(s)){a=`>=${r}.0.0${n} <${+r+1}.0.0-0`}else if(isX(i)){a=`>=${r}.${s}.0${n} <${r}.${+s+1}.0-0`}else if(o){c("replaceTilde pr",o);a=`>=${r}.${s}.${i}-${o} <${r}.${+s+1}.0-0`}else{a=`>=${r}.${s}.${i} <${r}.${+s+1}.0-0`}c("tilde return",a);return a})};const replaceCarets=(e,t)=>e.trim().split(/\s+/).map(e=>replaceCaret(e,t)).join(" ");const replaceCaret=(e,t)=>{c("caret",e,t);const r=t.loose?f[d.CARETLOOSE]:f[d.CARET];const n=t.includePrerelease?"-0":"";return e.replace(r,(t,r,s,i,o)=>{c("caret",e,t,r,s,i,o);let a;if(isX(r)){a=""}else if(isX(s)){a=`>=${r}.0.0${n} <${+r+1}.0.0-0`}else if(isX(i)){if(r==="0"){a=`>=${r}.${s}.0${n} <${r}.${+s+1}.0-0`}else{a=`>=${r}.${s}.0${n} <${+r+1}.0.0-0`}}else if(o){c("replaceCaret pr",o);if(r==="0"){if(s==="0"){a=`>=${r}.${s}.${i}-${o} <${r}.${s}.${+i+1}-0`}else{a=`>=${r}.${s}.${i}-${o} <${r}.${+s+1}.0-0`}}else{a=`>=${r}.${s}.${i}-${o} <${+r+1}.0.0-0`}}else{c("no pr");if(r==="0"){if(s==="0"){a=`>=${r}.${s}.${i} <${r}.${s}.${+i+1}-0`}else{a=`>=${r}.${s}.${i} <${r}.${+s+1}.0-0`}}else{a=`>=${r}.${s}.${i} <${+r+1}.0.0-0`}}c("caret return",a);return a})};const replaceXRanges=(e,t)=>{c("replaceXRanges",e,t);return e.split(/\s+/).map(e=>replaceXRange(e,t)).join(" ")};const replaceXRange=(e,t)=>{e=e.trim();const r=t.loose?f[d.XRANGELOOSE]:f[d.XRANGE];return e.replace(r,(r,n,s,i,o,a)=>{c("xRange",e,r,n,s,i,o,a);if(invalidXRangeOrder(s,i,o)){return e}const l=isX(s);const u=l||isX(i);const f=u||isX(o);const p=f;if(n==="="&&p){n=""}a=t.includePrerelease?"-0":"";if(l){if(n===">"||n==="<"){r="<0.0.0-0"}else{r="*"}}else if(n&&p){if(u){i=0}o=0;if(n===">"){n=">=";if(u){s=+s+1;i=0;o=0}else{i=+i+1;o=0}}else if(n==="<="){n="<";if(u){s=+s+1}else{i=+i+1}}if(n==="<"){a="-0"}r=`${n+s}.${i}.${o}${a}`}else if(u){r=`>=${s}.0.0${a} <${+s+1}.0.0-0`}else if(f){r=`>=${s}.${i}.0${a} <${s}.${+i+1}.0-0`}c("xRange return",r);return r})};const replaceStars=(e,t)=>{c("replaceStars",e,t);return e.trim().replace(f[d.STAR],"")};const replaceGTE0=(e,t)=>{c("replaceGTE0",e,t);return e.trim().replace(f[t.includePrerelease?d.GTE0PRE:d.GTE0],"")};const hyphenReplace=e=>(t,r,n,s,i,o,a,c,l,u,f,p)=>{if(isX(n)){r=""}else if(isX(s)){r=`>=${n}.0.0${e?"-0":""}`}else if(isX(i)){r=`>=${n}.${s}.0${e?"-0":""}`}else if(o){r=`>=${r}`}else{r=`>=${r}${e?"-0":""}`}if(isX(l)){c=""}else if(isX(u)){c=`<${+l+1}.0.0-0`}else if(isX(f)){c=`<${l}.${+u+1}.0-0`}else if(p){c=`<=${l}.${u}.${f}-${p}`}else if(e){c=`<${l}.${u}.${+f+1}-0`}else{c=`<=${c}`}return`${r} ${c}`.trim()};const testSet=(e,t,r)=>{for(let r=0;r<e.length;r++){if(!e[r].test(t)){return false}}if(t.prerelease.length&&!r.includePrerelease){for(let r=0;r<e.length;r++){c(e[r].semver);if(e[r].semver===a.ANY){continue}if(e[r].semver.prerelease.length>0){const n=e[r].semver;if(n.major===t.major&&n.minor===t.minor&&n.patch===t.patch){return true}}}return false}return true}},7163:(e,t,r)=>{const n=r(1159);const{MAX_LENGTH:s,MAX_SAFE_INTEGER:i}=r(45101);const{safeRe:o,t:a}=r(95471);const c=r(70356);const{compareIdentifiers:l}=r(73348);const isPrereleaseIdentifier=(e,t)=>{const r=t.split(".");if(r.length>e.length){return false}for(let t=0;t<r.length;t++){if(l(e[t],r[t])!==0){return false}}return true};class SemVer{constructor(e,t){t=c(t);if(e instanceof SemVer){if(e.loose===!!t.loose&&e.includePrerelease===!!t.includePrerelease){return e}else{e=e.version}}else if(typeof e!=="string"){throw new TypeError(`Invalid version. Must be a string. Got type "${typeof e}".`)}if(e.length>s){throw new TypeError(`version is longer than ${s} characters`)}n("SemVer",e,t);this.options=t;this.loose=!!t.loose;this.includePrerelease=!!t.includePrerelease;const r=e.trim().match(t.loose?o[a.LOOSE]:o[a.FULL]);if(!r){throw new TypeError(`Invalid Version: ${e}`)}this.raw=e;this.major=+r[1];this.minor=+r[2];this.patch=+r[3];if(this.major>i||this.major<0){throw new TypeError("Invalid major version")}if(this.minor>i||this.minor<0){throw new TypeError("Invalid minor version")}if(this.patch>i||this.patch<0){throw new TypeError("Invalid patch version")}if(!r[4]){this.prerelease=[]}else{this.prerelease=r[4].split(".").map(e=>{if(/^[0-9]+$/.test(e)){const t=+e;if(t>=0&&t<i){return t}}return e})}this.build=r[5]?r[5].split("."):[];this.format()}format(){this.version=`${this.major}.${this.minor}.${this.patch}`;if(this.prerelease.length){this.version+=`-${this.prerelease.join(".")}`}return this.version}toString(){return this.version}compare(e){n("SemVer.compare",this.version,this.options,e);if(!(e instanceof SemVer)){if(typeof e==="string"&&e===this.version){return 0}e=new SemVer(e,this.options)}if(e.version===this.version){return 0}return this.compareMain(e)||this.comparePre(e)}compareMain(e){if(!(e instanceof SemVer)){e=new SemVer(e,this.options)}if(this.major<e.major){return-1}if(this.major>e.major){return 1}if(this.minor<e.minor){return-1}if(this.minor>e.minor){return 1}if(this.patch<e.patch){return-1}if(this.patch>e.patch){return 1}return 0}comparePre(e){if(!(e instanceof SemVer)){e=new SemVer(e,this.options)}if(this.prerelease.length&&!e.prerelease.length){return-1}else if(!this.prerelease.length&&e.prerelease.length){return 1}else if(!this.prerelease.length&&!e.prerelease.length){return 0}let t=0;do{const r=this.prerelease[t];const s=e.prerelease[t];n("prerelease compare",t,r,s);if(r===undefined&&s===undefined){return 0}else if(s===undefined){return 1}else if(r===undefined){return-1}else if(r===s){continue}else{return l(r,s)}}while(++t)}compareBuild(e){if(!(e instanceof SemVer)){e=new SemVer(e,this.options)}let t=0;do{const r=this.build[t];const s=e.build[t];n("build compare",t,r,s);if(r===undefined&&s===undefined){return 0}else if(s===undefined){return 1}else if(r===undefined){return-1}else if(r===s){continue}else{return l(r,s)}}while(++t)}inc(e,t,r){if(e.startsWith("pre")){if(!t&&r===false){throw new Error("invalid increment argument: identifier is empty")}if(t){const e=`-${t}`.match(this.options.loose?o[a.PRERELEASELOOSE]:o[a.PRERELEASE]);if(!e||e[1]!==t){throw new Error(`invalid identifier: ${t}`)}}}switch(e){case"premajor":this.prerelease.length=0;this.patch=0;this.minor=0;this.major++;this.inc("pre",t,r);break;case"preminor":this.prerelease.length=0;this.patch=0;this.minor++;this.inc("pre",t,r);break;case"prepatch":this.prerelease.length=0;this.inc("patch",t,r);this.inc("pre",t,r);break;case"prerelease":if(this.prerelease.length===0){this.inc("patch",t,r)}this.inc("pre",t,r);break;case"release":if(this.prerelease.length===0){throw new Error(`version ${this.raw} is not a prerelease`)}this.prerelease.length=0;break;case"major":if(this.minor!==0||this.patch!==0||this.prerelease.length===0){this.major++}this.minor=0;this.patch=0;this.prerelease=[];break;case"minor":if(this.patch!==0||this.prerelease.length===0){this.minor++}this.patch=0;this.prerelease=[];break;case"patch":if(this.prerelease.length===0){this.patch++}this.prerelease=[];break;case"pre":{const e=Number(r)?1:0;if(this.prerelease.length===0){this.prerelease=[e]}else{let n=this.prerelease.length;while(--n>=0){if(typeof this.prerelease[n]==="number"){this.prerelease[n]++;n=-2}}if(n===-1){if(t===this.prerelease.join(".")&&r===false){throw new Error("invalid increment argument: identifier already exists")}this.prerelease.push(e)}}if(t){let n=[t,e];if(r===false){n=[t]}if(isPrereleaseIdentifier(this.prerelease,t)){const e=this.prerelease[t.split(".").length];if(isNaN(e)){this.prerelease=n}}else{this.prerelease=n}}break}default:throw new Error(`invalid increment argument: ${e}`)}this.raw=this.format();if(this.build.length){this.raw+=`+${this.build.join(".")}`}return this}}e.exports=SemVer},1799:(e,t,r)=>{const n=r(16353);const clean=(e,t)=>{const r=n(e.trim().replace(/^[=v]+/,""),t);return r?r.version:null};e.exports=clean},28646:(e,t,r)=>{const n=r(55082);const s=r(4974);const i=r(16599);const o=r(41236);const a=r(3872);const c=r(56717);const cmp=(e,t,r,l)=>{switch(t){case"===":if(typeof e==="object"){e=e.version}if(typeof r==="object"){r=r.version}return e===r;case"!==":if(typeof e==="object"){e=e.version}if(typeof r==="object"){r=r.version}return e!==r;case"":case"=":case"==":return n(e,r,l);case"!=":return s(e,r,l);case">":return i(e,r,l);case">=":return o(e,r,l);case"<":return a(e,r,l);case"<=":return c(e,r,l);default:throw new TypeError(`Invalid operator: ${t}`)}};e.exports=cmp},35385:(e,t,r)=>{const n=r(7163);const s=r(16353);const{safeRe:i,t:o}=r(95471);const coerce=(e,t)=>{if(e instanceof n){return e}if(typeof e==="number"){e=String(e)}if(typeof e!=="string"){return null}t=t||{};let r=null;if(!t.rtl){r=e.match(t.includePrerelease?i[o.COERCEFULL]:i[o.COERCE])}else{const n=t.includePrerelease?i[o.COERCERTLFULL]:i[o.COERCERTL];let s;while((s=n.exec(e))&&(!r||r.index+r[0].length!==e.length)){if(!r||s.index+s[0].length!==r.index+r[0].length){r=s}n.lastIndex=s.index+s[1].length+s[2].length}n.lastIndex=-1}if(r===null){return null}const a=r[2];const c=r[3]||"0";const l=r[4]||"0";const u=t.includePrerelease&&r[5]?`-${r[5]}`:"";const f=t.includePrerelease&&r[6]?`+${r[6]}`:"";return s(`${a}.${c}.${l}${u}${f}`,t)};e.exports=coerce},37648:(e,t,r)=>{const n=r(7163);const compareBuild=(e,t,r)=>{const s=new n(e,r);const i=new n(t,r);return s.compare(i)||s.compareBuild(i)};e.exports=compareBuild},56874:(e,t,r)=>{const n=r(78469);const compareLoose=(e,t)=>n(e,t,true);e.exports=compareLoose},78469:(e,t,r)=>{const n=r(7163);const compare=(e,t,r)=>new n(e,r).compare(new n(t,r));e.exports=compare},70711:(e,t,r)=>{const n=r(16353);const diff=(e,t)=>{const r=n(e,null,true);const s=n(t,null,true);const i=r.compare(s);if(i===0){return null}const o=i>0;const a=o?r:s;const c=o?s:r;const l=!!a.prerelease.length;const u=!!c.prerelease.length;if(u&&!l){if(!c.patch&&!c.minor){return"major"}if(c.compareMain(a)===0){if(c.minor&&!c.patch){return"minor"}return"patch"}}const f=l?"pre":"";if(r.major!==s.major){return f+"major"}if(r.minor!==s.minor){return f+"minor"}if(r.patch!==s.patch){return f+"patch"}return"prerelease"};e.exports=diff},55082:(e,t,r)=>{const n=r(78469);const eq=(e,t,r)=>n(e,t,r)===0;e.exports=eq},16599:(e,t,r)=>{const n=r(78469);const gt=(e,t,r)=>n(e,t,r)>0;e.exports=gt},41236:(e,t,r)=>{const n=r(78469);const gte=(e,t,r)=>n(e,t,r)>=0;e.exports=gte},62338:(e,t,r)=>{const n=r(7163);const inc=(e,t,r,s,i)=>{if(typeof r==="string"){i=s;s=r;r=undefined}try{return new n(e instanceof n?e.version:e,r).inc(t,s,i).version}catch(e){return null}};e.exports=inc},3872:(e,t,r)=>{const n=r(78469);const lt=(e,t,r)=>n(e,t,r)<0;e.exports=lt},56717:(e,t,r)=>{const n=r(78469);const lte=(e,t,r)=>n(e,t,r)<=0;e.exports=lte},68511:(e,t,r)=>{const n=r(7163);const major=(e,t)=>new n(e,t).major;e.exports=major},32603:(e,t,r)=>{const n=r(7163);const minor=(e,t)=>new n(e,t).minor;e.exports=minor},4974:(e,t,r)=>{const n=r(78469);const neq=(e,t,r)=>n(e,t,r)!==0;e.exports=neq},16353:(e,t,r)=>{const n=r(7163);const parse=(e,t,r=false)=>{if(e instanceof n){return e}try{return new n(e,t)}catch(e){if(!r){return null}throw e}};e.exports=parse},48756:(e,t,r)=>{const n=r(7163);const patch=(e,t)=>new n(e,t).patch;e.exports=patch},15714:(e,t,r)=>{const n=r(16353);const prerelease=(e,t)=>{const r=n(e,t);return r&&r.prerelease.length?r.prerelease:null};e.exports=prerelease},32173:(e,t,r)=>{const n=r(78469);const rcompare=(e,t,r)=>n(t,e,r);e.exports=rcompare},87192:(e,t,r)=>{const n=r(37648);const rsort=(e,t)=>e.sort((e,r)=>n(r,e,t));e.exports=rsort},68011:(e,t,r)=>{const n=r(96782);const satisfies=(e,t,r)=>{try{t=new n(t,r)}catch(e){return false}return t.test(e)};e.exports=satisfies},29872:(e,t,r)=>{const n=r(37648);const sort=(e,t)=>e.sort((e,r)=>n(e,r,t));e.exports=sort},16114:(e,t,r)=>{const n=r(16353);const s=r(45101);const i=r(7163);const truncate=(e,t,r)=>{if(!s.RELEASE_TYPES.includes(t)){return null}const n=cloneInputVersion(e,r);return n&&doTruncation(n,t)};const cloneInputVersion=(e,t)=>{const r=e instanceof i?e.version:e;return n(r,t)};const doTruncation=(e,t)=>{if(isPrerelease(t)){return e.version}e.prerelease=[];switch(t){case"major":e.minor=0;e.patch=0;break;case"minor":e.patch=0;break}return e.format()};const isPrerelease=e=>e.startsWith("pre");e.exports=truncate},58780:(e,t,r)=>{const n=r(16353);const valid=(e,t)=>{const r=n(e,t);return r?r.version:null};e.exports=valid},62088:(e,t,r)=>{const n=r(95471);const s=r(45101);const i=r(7163);const o=r(73348);const a=r(16353);const c=r(58780);const l=r(1799);const u=r(62338);const f=r(70711);const p=r(68511);const d=r(32603);const h=r(48756);const m=r(15714);const g=r(78469);const v=r(32173);const y=r(56874);const b=r(37648);const O=r(29872);const w=r(87192);const x=r(16599);const k=r(3872);const S=r(55082);const $=r(4974);const P=r(41236);const E=r(56717);const N=r(28646);const A=r(35385);const T=r(16114);const I=r(89379);const R=r(96782);const z=r(68011);const C=r(54750);const L=r(73193);const M=r(68595);const j=r(51866);const D=r(64737);const F=r(10280);const X=r(12276);const Q=r(15213);const U=r(23465);const B=r(82028);const q=r(61489);e.exports={parse:a,valid:c,clean:l,inc:u,diff:f,major:p,minor:d,patch:h,prerelease:m,compare:g,rcompare:v,compareLoose:y,compareBuild:b,sort:O,rsort:w,gt:x,lt:k,eq:S,neq:$,gte:P,lte:E,cmp:N,coerce:A,truncate:T,Comparator:I,Range:R,satisfies:z,toComparators:C,maxSatisfying:L,minSatisfying:M,minVersion:j,validRange:D,outside:F,gtr:X,ltr:Q,intersects:U,simplifyRange:B,subset:q,SemVer:i,re:n.re,src:n.src,tokens:n.t,SEMVER_SPEC_VERSION:s.SEMVER_SPEC_VERSION,RELEASE_TYPES:s.RELEASE_TYPES,compareIdentifiers:o.compareIdentifiers,rcompareIdentifiers:o.rcompareIdentifiers}},45101:e=>{const t="2.0.0";const r=256;const n=Number.MAX_SAFE_INTEGER||9007199254740991;const s=16;const i=r-6;const o=["\t","\n","\v","\f","\r"," "," "," "," "," "," "," "," "," "," "," "," "," "," ","\u2028","\u2029"," "," ","　","\ufeff"];const a=["major","premajor","minor","preminor","patch","prepatch","prerelease"];e.exports={MAX_LENGTH:r,MAX_SAFE_COMPONENT_LENGTH:s,MAX_SAFE_BUILD_LENGTH:i,MAX_SAFE_INTEGER:n,WHITESPACE_CHARACTERS:o,RELEASE_TYPES:a,SEMVER_SPEC_VERSION:t,FLAG_INCLUDE_PRERELEASE:1,FLAG_LOOSE:2}},1159:e=>{const t=typeof process==="object"&&process.env&&process.env.NODE_DEBUG&&/\bsemver\b/i.test(process.env.NODE_DEBUG)?(...e)=>console.error("SEMVER",...e):()=>{};e.exports=t},73348:e=>{const t=/^[0-9]+$/;const compareIdentifiers=(e,r)=>{if(typeof e==="number"&&typeof r==="number"){return e===r?0:e<r?-1:1}const n=t.test(e);const s=t.test(r);if(n&&s){e=+e;r=+r}return e===r?0:n&&!s?-1:s&&!n?1:e<r?-1:1};const rcompareIdentifiers=(e,t)=>compareIdentifiers(t,e);e.exports={compareIdentifiers:compareIdentifiers,rcompareIdentifiers:rcompareIdentifiers}},61383:e=>{class LRUCache{constructor(){this.max=1e3;this.map=new Map}get(e){const t=this.map.get(e);if(t===undefined){return undefined}else{this.map.delete(e);this.map.set(e,t);return t}}delete(e){return this.map.delete(e)}set(e,t){const r=this.delete(e);if(!r&&t!==undefined){if(this.map.size>=this.max){const e=this.map.keys().next().value;this.delete(e)}this.map.set(e,t)}return this}}e.exports=LRUCache},70356:e=>{const t=Object.freeze({loose:true});const r=Object.freeze({});const parseOptions=e=>{if(!e){return r}if(typeof e!=="object"){return t}return e};e.exports=parseOptions},95471:(e,t,r)=>{const{MAX_SAFE_COMPONENT_LENGTH:n,MAX_SAFE_BUILD_LENGTH:s,MAX_LENGTH:i}=r(45101);const o=r(1159);t=e.exports={};const a=t.re=[];const c=t.safeRe=[];const l=t.src=[];const u=t.safeSrc=[];const f=t.t={};let p=0;const d="[a-zA-Z0-9-]";const h=[["\\s",1],["\\d",i],[d,s]];const makeSafeRegex=e=>{for(const[t,r]of h){e=e.split(`${t}*`).join(`${t}{0,${r}}`).split(`${t}+`).join(`${t}{1,${r}}`)}return e};const createToken=(e,t,r)=>{const n=makeSafeRegex(t);const s=p++;o(e,s,t);f[e]=s;l[s]=t;u[s]=n;a[s]=new RegExp(t,r?"g":undefined);c[s]=new RegExp(n,r?"g":undefined)};createToken("NUMERICIDENTIFIER","0|[1-9]\\d*");createToken("NUMERICIDENTIFIERLOOSE","\\d+");createToken("NONNUMERICIDENTIFIER",`\\d*[a-zA-Z-]${d}*`);createToken("MAINVERSION",`(${l[f.NUMERICIDENTIFIER]})\\.`+`(${l[f.NUMERICIDENTIFIER]})\\.`+`(${l[f.NUMERICIDENTIFIER]})`);createToken("MAINVERSIONLOOSE",`(${l[f.NUMERICIDENTIFIERLOOSE]})\\.`+`(${l[f.NUMERICIDENTIFIERLOOSE]})\\.`+`(${l[f.NUMERICIDENTIFIERLOOSE]})`);createToken("PRERELEASEIDENTIFIER",`(?:${l[f.NONNUMERICIDENTIFIER]}|${l[f.NUMERICIDENTIFIER]})`);createToken("PRERELEASEIDENTIFIERLOOSE",`(?:${l[f.NONNUMERICIDENTIFIER]}|${l[f.NUMERICIDENTIFIERLOOSE]})`);createToken("PRERELEASE",`(?:-(${l[f.PRERELEASEIDENTIFIER]}(?:\\.${l[f.PRERELEASEIDENTIFIER]})*))`);createToken("PRERELEASELOOSE",`(?:-?(${l[f.PRERELEASEIDENTIFIERLOOSE]}(?:\\.${l[f.PRERELEASEIDENTIFIERLOOSE]})*))`);createToken("BUILDIDENTIFIER",`${d}+`);createToken("BUILD",`(?:\\+(${l[f.BUILDIDENTIFIER]}(?:\\.${l[f.BUILDIDENTIFIER]})*))`);createToken("FULLPLAIN",`v?${l[f.MAINVERSION]}${l[f.PRERELEASE]}?${l[f.BUILD]}?`);createToken("FULL",`^${l[f.FULLPLAIN]}$`);createToken("LOOSEPLAIN",`[v=\\s]*${l[f.MAINVERSIONLOOSE]}${l[f.PRERELEASELOOSE]}?${l[f.BUILD]}?`);createToken("LOOSE",`^${l[f.LOOSEPLAIN]}$`);createToken("GTLT","((?:<|>)?=?)");createToken("XRANGEIDENTIFIERLOOSE",`${l[f.NUMERICIDENTIFIERLOOSE]}|x|X|\\*`);createToken("XRANGEIDENTIFIER",`${l[f.NUMERICIDENTIFIER]}|x|X|\\*`);createToken("XRANGEPLAIN",`[v=\\s]*(${l[f.XRANGEIDENTIFIER]})`+`(?:\\.(${l[f.XRANGEIDENTIFIER]})`+`(?:\\.(${l[f.XRANGEIDENTIFIER]})`+`(?:${l[f.PRERELEASE]})?${l[f.BUILD]}?`+`)?)?`);createToken("XRANGEPLAINLOOSE",`[v=\\s]*(${l[f.XRANGEIDENTIFIERLOOSE]})`+`(?:\\.(${l[f.XRANGEIDENTIFIERLOOSE]})`+`(?:\\.(${l[f.XRANGEIDENTIFIERLOOSE]})`+`(?:${l[f.PRERELEASELOOSE]})?${l[f.BUILD]}?`+`)?)?`);createToken("XRANGE",`^${l[f.GTLT]}\\s*${l[f.XRANGEPLAIN]}$`);createToken("XRANGELOOSE",`^${l[f.GTLT]}\\s*${l[f.XRANGEPLAINLOOSE]}$`);createToken("COERCEPLAIN",`${"(^|[^\\d])"+"(\\d{1,"}${n}})`+`(?:\\.(\\d{1,${n}}))?`+`(?:\\.(\\d{1,${n}}))?`);createToken("COERCE",`${l[f.COERCEPLAIN]}(?:$|[^\\d])`);createToken("COERCEFULL",l[f.COERCEPLAIN]+`(?:${l[f.PRERELEASE]})?`+`(?:${l[f.BUILD]})?`+`(?:$|[^\\d])`);createToken("COERCERTL",l[f.COERCE],true);createToken("COERCERTLFULL",l[f.COERCEFULL],true);createToken("LONETILDE","(?:~>?)");createToken("TILDETRIM",`(\\s*)${l[f.LONETILDE]}\\s+`,true);t.tildeTrimReplace="$1~";createToken("TILDE",`^${l[f.LONETILDE]}${l[f.XRANGEPLAIN]}$`);createToken("TILDELOOSE",`^${l[f.LONETILDE]}${l[f.XRANGEPLAINLOOSE]}$`);createToken("LONECARET","(?:\\^)");createToken("CARETTRIM",`(\\s*)${l[f.LONECARET]}\\s+`,true);t.caretTrimReplace="$1^";createToken("CARET",`^${l[f.LONECARET]}${l[f.XRANGEPLAIN]}$`);createToken("CARETLOOSE",`^${l[f.LONECARET]}${l[f.XRANGEPLAINLOOSE]}$`);createToken("COMPARATORLOOSE",`^${l[f.GTLT]}\\s*(${l[f.LOOSEPLAIN]})$|^$`);createToken("COMPARATOR",`^${l[f.GTLT]}\\s*(${l[f.FULLPLAIN]})$|^$`);createToken("COMPARATORTRIM",`(\\s*)${l[f.GTLT]}\\s*(${l[f.LOOSEPLAIN]}|${l[f.XRANGEPLAIN]})`,true);t.comparatorTrimReplace="$1$2$3";createToken("HYPHENRANGE",`^\\s*(${l[f.XRANGEPLAIN]})`+`\\s+-\\s+`+`(${l[f.XRANGEPLAIN]})`+`\\s*$`);createToken("HYPHENRANGELOOSE",`^\\s*(${l[f.XRANGEPLAINLOOSE]})`+`\\s+-\\s+`+`(${l[f.XRANGEPLAINLOOSE]})`+`\\s*$`);createToken("STAR","(<|>)?=?\\s*\\*");createToken("GTE0","^\\s*>=\\s*0\\.0\\.0\\s*$");createToken("GTE0PRE","^\\s*>=\\s*0\\.0\\.0-0\\s*$")},69737:(e,t,r)=>{const{MAX_LENGTH:n,MAX_SAFE_BUILD_LENGTH:s,WHITESPACE_CHARACTERS:i}=r(45101);const o=new Uint8Array(65536);for(const e of i){o[e.charCodeAt(0)]=1}const isWhitespace=e=>e!==undefined&&o[e.charCodeAt(0)]===1;const isVersionPrefix=e=>e==="v"||e==="="||isWhitespace(e);const isDigit=e=>e!==undefined&&e>="0"&&e<="9";const isLetter=e=>e!==undefined&&(e>="a"&&e<="z"||e>="A"&&e<="Z");const isIdentifierCharacter=e=>isDigit(e)||isLetter(e)||e==="-";const isVersionStart=e=>isDigit(e)||e==="x"||e==="X"||e==="*";const findDigitsEndIndex=(e,t,r,n)=>{if(!isDigit(e[t])){return t}if(t>=n.start&&t<n.end){return Math.min(t+r,n.end)}if(t>=n.previousStart&&t<n.previousEnd){return Math.min(t+r,n.previousEnd)}let s=t+1;while(isDigit(e[s])){s++}n.previousStart=n.start;n.previousEnd=n.end;n.start=t;n.end=s;return Math.min(t+r,s)};const findVersionNumberEndIndex=(e,t,r,s)=>{if(!r&&e[t]==="0"){return t+1}return findDigitsEndIndex(e,t,r?n:n+1,s)};const findPrereleaseIdentifierEndIndex=(e,t,r,i)=>{const o=findDigitsEndIndex(e,t,n,i);if(isLetter(e[o])||e[o]==="-"){let t=o+1;const r=t+s;while(t<r&&isIdentifierCharacter(e[t])){t++}return t}return findVersionNumberEndIndex(e,t,r,i)};const findPrereleaseEndIndex=(e,t,r,n)=>{const s=e[t]==="-";if(!r&&!s){return t}const i=t+(s?1:0);let o=findPrereleaseIdentifierEndIndex(e,i,r,n);if(o===i){if(!r||!s){return t}o=findPrereleaseIdentifierEndIndex(e,t,r,n)}while(e[o]==="."){const t=findPrereleaseIdentifierEndIndex(e,o+1,r,n);if(t===o+1){break}o=t}return o};const findBuildIdentifierEndIndex=(e,t)=>{let r=t;while(r-t<s&&isIdentifierCharacter(e[r])){r++}return r};const findBuildEndIndex=(e,t)=>{if(e[t]!=="+"){return t}let r=findBuildIdentifierEndIndex(e,t+1);if(r===t+1){return t}while(e[r]==="."){const t=findBuildIdentifierEndIndex(e,r+1);if(t===r+1){break}r=t}return r};const findLooseFullVersionEndIndex=(e,t,r)=>{let n=t;for(let s=0;s<3;s++){const i=findVersionNumberEndIndex(e,n,true,r);if(i===n){return t}n=i;if(s<2){if(e[n]!=="."){return t}n++}}const s=findPrereleaseEndIndex(e,n,true,r);return findBuildEndIndex(e,s)};const findPartialVersionComponentEndIndex=(e,t,r)=>{if(isDigit(e[t])){return findVersionNumberEndIndex(e,t,false,r)}return isVersionStart(e[t])?t+1:t};const findPartialVersionEndIndex=(e,t,r)=>{let n=findPartialVersionComponentEndIndex(e,t,r);for(let t=0;t<2;t++){if(e[n]!=="."){return n}const t=findPartialVersionComponentEndIndex(e,n+1,r);if(t===n+1){return n}n=t}const s=findPrereleaseEndIndex(e,n,false,r);return findBuildEndIndex(e,s)};const findVersionEndIndex=(e,t,r)=>{const n=findLooseFullVersionEndIndex(e,t,r);return n!==t?n:findPartialVersionEndIndex(e,t,r)};const findRemovableWhitespaceIndex=(e,t)=>{let r=t;if(isWhitespace(e[r])){r++}if(e[r]==="<"||e[r]===">"){r++}if(e[r]==="="){r++}return isWhitespace(e[r])?r:-1};const trimComparatorWhitespace=e=>{let t="";let r=0;let n=0;const s={start:-1,end:-1,previousStart:-1,previousEnd:-1};while(n<e.length){const i=n;if(e[n]==="<"||e[n]===">"){n++}else if(!isVersionPrefix(e[n])&&!isVersionStart(e[n])){n++;continue}while(n<e.length&&isVersionPrefix(e[n])){n++}if(!isVersionStart(e[n])){continue}const o=findRemovableWhitespaceIndex(e,i);if(o!==-1){t+=e.slice(r,o);r=o+1}n=findVersionEndIndex(e,n,s)}return t+e.slice(r)};e.exports=trimComparatorWhitespace},12276:(e,t,r)=>{const n=r(10280);const gtr=(e,t,r)=>n(e,t,">",r);e.exports=gtr},23465:(e,t,r)=>{const n=r(96782);const intersects=(e,t,r)=>{e=new n(e,r);t=new n(t,r);return e.intersects(t,r)};e.exports=intersects},15213:(e,t,r)=>{const n=r(10280);const ltr=(e,t,r)=>n(e,t,"<",r);e.exports=ltr},73193:(e,t,r)=>{const n=r(7163);const s=r(96782);const maxSatisfying=(e,t,r)=>{let i=null;let o=null;let a=null;try{a=new s(t,r)}catch(e){return null}e.forEach(e=>{if(a.test(e)){if(!i||o.compare(e)===-1){i=e;o=new n(i,r)}}});return i};e.exports=maxSatisfying},68595:(e,t,r)=>{const n=r(7163);const s=r(96782);const minSatisfying=(e,t,r)=>{let i=null;let o=null;let a=null;try{a=new s(t,r)}catch(e){return null}e.forEach(e=>{if(a.test(e)){if(!i||o.compare(e)===1){i=e;o=new n(i,r)}}});return i};e.exports=minSatisfying},51866:(e,t,r)=>{const n=r(7163);const s=r(96782);const i=r(16599);const minVersion=(e,t)=>{e=new s(e,t);let r=new n("0.0.0");if(e.test(r)){return r}r=new n("0.0.0-0");if(e.test(r)){return r}r=null;for(let t=0;t<e.set.length;++t){const s=e.set[t];let o=null;s.forEach(e=>{const t=new n(e.semver.version);switch(e.operator){case">":if(t.prerelease.length===0){t.patch++}else{t.prerelease.push(0)}t.raw=t.format();case"":case">=":if(!o||i(t,o)){o=t}break;case"<":case"<=":break;default:throw new Error(`Unexpected operation: ${e.operator}`)}});if(o&&(!r||i(r,o))){r=o}}if(r&&e.test(r)){return r}return null};e.exports=minVersion},10280:(e,t,r)=>{const n=r(7163);const s=r(89379);const{ANY:i}=s;const o=r(96782);const a=r(68011);const c=r(16599);const l=r(3872);const u=r(56717);const f=r(41236);const outside=(e,t,r,p)=>{e=new n(e,p);t=new o(t,p);let d,h,m,g,v;switch(r){case">":d=c;h=u;m=l;g=">";v=">=";break;case"<":d=l;h=f;m=c;g="<";v="<=";break;default:throw new TypeError('Must provide a hilo val of "<" or ">"')}if(a(e,t,p)){return false}for(let r=0;r<t.set.length;++r){const n=t.set[r];let o=null;let a=null;n.forEach(e=>{if(e.semver===i){e=new s(">=0.0.0")}o=o||e;a=a||e;if(d(e.semver,o.semver,p)){o=e}else if(m(e.semver,a.semver,p)){a=e}});if(o.operator===g||o.operator===v){return false}if((!a.operator||a.operator===g)&&h(e,a.semver)){return false}else if(a.operator===v&&m(e,a.semver)){return false}}return true};e.exports=outside},82028:(e,t,r)=>{const n=r(68011);const s=r(78469);e.exports=(e,t,r)=>{const i=[];let o=null;let a=null;const c=e.sort((e,t)=>s(e,t,r));for(const e of c){const s=n(e,t,r);if(s){a=e;if(!o){o=e}}else{if(a){i.push([o,a])}a=null;o=null}}if(o){i.push([o,null])}const l=[];for(const[e,t]of i){if(e===t){l.push(e)}else if(!t&&e===c[0]){l.push("*")}else if(!t){l.push(`>=${e}`)}else if(e===c[0]){l.push(`<=${t}`)}else{l.push(`${e} - ${t}`)}}const u=l.join(" || ");const f=typeof t.raw==="string"?t.raw:String(t);return u.length<f.length?u:t}},61489:(e,t,r)=>{const n=r(96782);const s=r(89379);const{ANY:i}=s;const o=r(68011);const a=r(78469);const subset=(e,t,r={})=>{if(e===t){return true}e=new n(e,r);t=new n(t,r);let s=false;e:for(const n of e.set){for(const e of t.set){const t=simpleSubset(n,e,r);s=s||t!==null;if(t){continue e}}if(s){return false}}return true};const c=[new s(">=0.0.0-0")];const l=[new s(">=0.0.0")];const simpleSubset=(e,t,r)=>{if(e===t){return true}if(e.length===1&&e[0].semver===i){if(t.length===1&&t[0].semver===i){return true}else if(r.includePrerelease){e=c}else{e=l}}if(t.length===1&&t[0].semver===i){if(r.includePrerelease){return true}else{t=l}}const n=new Set;let s,u;for(const t of e){if(t.operator===">"||t.operator===">="){s=higherGT(s,t,r)}else if(t.operator==="<"||t.operator==="<="){u=lowerLT(u,t,r)}else{n.add(t.semver)}}if(n.size>1){return null}let f;if(s&&u){f=a(s.semver,u.semver,r);if(f>0){return null}else if(f===0&&(s.operator!==">="||u.operator!=="<=")){return null}}for(const e of n){if(s&&!o(e,String(s),r)){return null}if(u&&!o(e,String(u),r)){return null}for(const n of t){if(!o(e,String(n),r)){return false}}return true}let p,d;let h,m;let g=u&&!r.includePrerelease&&u.semver.prerelease.length?u.semver:false;let v=s&&!r.includePrerelease&&s.semver.prerelease.length?s.semver:false;if(g&&g.prerelease.length===1&&u.operator==="<"&&g.prerelease[0]===0){g=false}for(const e of t){m=m||e.operator===">"||e.operator===">=";h=h||e.operator==="<"||e.operator==="<=";if(s){if(v){if(e.semver.prerelease&&e.semver.prerelease.length&&e.semver.major===v.major&&e.semver.minor===v.minor&&e.semver.patch===v.patch){v=false}}if(e.operator===">"||e.operator===">="){p=higherGT(s,e,r);if(p===e&&p!==s){return false}}else if(s.operator===">="&&!e.test(s.semver)){return false}}if(u){if(g){if(e.semver.prerelease&&e.semver.prerelease.length&&e.semver.major===g.major&&e.semver.minor===g.minor&&e.semver.patch===g.patch){g=false}}if(e.operator==="<"||e.operator==="<="){d=lowerLT(u,e,r);if(d===e&&d!==u){return false}}else if(u.operator==="<="&&!e.test(u.semver)){return false}}if(!e.operator&&(u||s)&&f!==0){return false}}if(s&&h&&!u&&f!==0){return false}if(u&&m&&!s&&f!==0){return false}if(v||g){return false}return true};const higherGT=(e,t,r)=>{if(!e){return t}const n=a(e.semver,t.semver,r);return n>0?e:n<0?t:t.operator===">"&&e.operator===">="?t:e};const lowerLT=(e,t,r)=>{if(!e){return t}const n=a(e.semver,t.semver,r);return n<0?e:n>0?t:t.operator==="<"&&e.operator==="<="?t:e};e.exports=subset},54750:(e,t,r)=>{const n=r(96782);const toComparators=(e,t)=>new n(e,t).set.map(e=>e.map(e=>e.value).join(" ").trim().split(" "));e.exports=toComparators},64737:(e,t,r)=>{const n=r(96782);const validRange=(e,t)=>{try{return new n(e,t).range||"*"}catch(e){return null}};e.exports=validRange},31632:(e,t,r)=>{r.d(t,{Hq:()=>headerLines,mw:()=>a,sw:()=>checkInputs});var n=r(82555);var s=r(71329);var i=r(9691);var o=r(88532);const a=(0,n.QP)({name:"canary-monitor",title:"shipgate canary-monitor",description:"Walks the canary that deploy placed through its steps, judges it against the baseline on Prometheus every interval (bounds, Fisher/two-proportion on error counts, Mann-Whitney with an effect floor, a 95/75 score), then promotes or aborts. No controller in the cluster: its progress lives in the rollout state recorded on the app, so a later run continues it.",inputs:{app:n.hF.string({description:"The app whose canary is in progress (its Deployment name)",pattern:n.C3,allowed:n.Tr}),namespace:n.hF.string({description:"Namespace of the app",default:"default",pattern:n.HR,allowed:"a DNS-1123 label"}),kubeconfig:n.hF.secret({description:"Kubeconfig contents (default: the file in KUBECONFIG)"}),"prometheus-url":n.hF.url({description:"Base URL of the Prometheus HTTP API"}),"prometheus-token":n.hF.secret({description:"Bearer token sent to Prometheus"}),"prometheus-basic-auth":n.hF.secret({description:"user:password for Prometheus basic auth"}),"prometheus-headers":n.hF.secret({description:"Extra headers sent to Prometheus, one `Name: value` per line (e.g. X-Scope-OrgID)"}),steps:n.hF.custom(i.YjP().transform((e,t)=>{try{return(0,s.$i)(e)}catch(e){t.addIssue({code:"custom",message:e.message});return o.tm}}),{description:"Weights and how long to hold each, e.g. `5:30m, 25:48h, 50:2h, 100`",allowed:"comma-separated weight[:hold] with weights above 0, at most 100 and increasing, e.g. 10:5m, 50:10m, 100",default:"10:5m, 25:10m, 50:10m, 100"}),interval:n.hF.duration({description:"How often the canary is measured and judged",default:"1m",min:"1s",max:"1h"}),analysis:n.hF.yaml(s.m,{description:"The metrics that judge the canary (YAML inline or a path; see schema/canary-analysis.schema.json). Default: http-error-rate and latency-p95",schemaId:"canary-analysis"}),"on-success":n.hF.choice(["promote","none"],{description:"What to do when every step passed: promote the canary, or only report",default:"promote"}),"on-failure":n.hF.choice(["abort","none"],{description:"What to do when the canary fails or stays inconclusive: abort to stable, or only report",default:"abort"}),"if-no-canary":n.hF.choice(["fail","succeed"],{description:"When no canary of the app is in progress: fail the step, or succeed with verdict none and change nothing (a scheduled canary-continue run)",default:"fail"}),timeout:n.hF.duration({description:"How long promotion or abort may wait for Deployments to become available",default:"10m",min:"1s",max:"6h"}),"max-run-time":n.hF.duration({description:"Checkpoint and exit with verdict in-progress rather than run longer than this (a hosted job ends at 6h); the next run continues",default:"5h30m",min:"1s",max:"6h"}),"lock-timeout":n.hF.duration({description:"How long to wait for another deploy or rollback of the same app",default:"5m",max:"6h"}),environment:n.hF.string({description:"GitHub environment for the canary's deployment when its deploy opened none (the one deploy opened is continued: in_progress at each weight, success when promoted, failure when aborted); the release ledger records it"}),token:n.hF.secret({description:"GitHub token for the deployment statuses (needs deployments: write)",default:"${{ github.token }}"}),"report-dir":n.hF.string({description:"Where the JSON report (every query, answer and decision) is written",default:"${{ runner.temp }}/shipgate-canary"}),"dry-run":n.hF.boolean({description:"Judge and report every change (weights, promote, abort) as the cluster would make it (dryRun=All), but change nothing; no Lease, no GitHub deployment",default:"false"}),replay:n.hF.string({description:"Re-judge a JSON report offline and print its verdict (nothing else is contacted)"}),"print-rules":n.hF.boolean({description:"Print Prometheus alerting rules for the analysis (for promtool and your Prometheus), then exit",default:"false"})},outputs:{verdict:"promoted, aborted, passed, failed, inconclusive or in-progress; none when no canary was in progress (if-no-canary: succeed)","final-weight":"Canary weight in percent when the run ended (100 after promotion, 0 after abort)",score:"The last analysis score (0-100), empty when no round was scored","report-path":"Path of the JSON report (replay it with --replay)"}});function checkInputs(e){if(e.replay!==undefined||e["print-rules"])return;if(!e.app)throw new n.dz("app",undefined,"a DNS-1123 label (required unless replay or print-rules is given)");if(!e["prometheus-url"])throw new n.dz("prometheus-url",undefined,"an absolute http(s) URL (required unless replay or print-rules is given)");if(e["prometheus-token"]&&e["prometheus-basic-auth"])throw new n.dz("prometheus-basic-auth","***","empty when prometheus-token is given (one kind of auth)");if(e["prometheus-basic-auth"]&&!e["prometheus-basic-auth"].includes(":"))throw new n.dz("prometheus-basic-auth","***","user:password",{secret:true});headerLines(e["prometheus-headers"]);const t=e.steps.find(t=>t.holdMs>0&&t.holdMs<e.interval);if(t)throw new n.dz("interval",`${e.interval/1e3}s`,`at most the shortest hold (${t.holdMs/1e3}s at ${t.weight}%), or no round would judge that step`)}function headerLines(e){const t={};for(const[r,s]of(e??"").split(/\r?\n/).entries()){if(s.trim()==="")continue;const e=/^([A-Za-z0-9-]+):\s*(.*)$/.exec(s.trim());if(!e)throw new n.dz("prometheus-headers","***",`one Name: value per line (line ${r+1} is not)`,{secret:true});t[e[1]]=e[2]}return t}},45772:(e,t,r)=>{r.a(e,async(e,t)=>{try{var n=r(82555);var s=r(31632);var i=r(45716);await(0,n.Cs)(s.mw,i.O);t()}catch(e){t(e)}},1)},45716:(e,t,r)=>{r.d(t,{O:()=>runCanaryMonitor});var n=r(77598);var s=r(73024);var i=r(76760);var o=r(71329);var a=r(31632);var c=r(82555);function replayReport(e,t){let r;try{r=JSON.parse((0,s.readFileSync)(e,"utf8"))}catch(t){throw new c.dz("replay",e,`a JSON report written by canary-monitor (${t.message})`)}if(r?.v!==1||!Array.isArray(r.rounds)||!r.spec)throw new c.dz("replay",e,"a JSON report written by canary-monitor (v: 1, spec, rounds)");const n=(0,o.eZ)(r);for(const e of n.differences)t.log.warn(`round ${e.round}: recorded "${e.recorded}", replayed "${e.replayed}"`);const i=n.differences.length===0&&n.verdict===r.verdict;const a=`replayed ${r.rounds.length} rounds of ${r.app}: ${n.verdict} (${n.reason}); recorded ${r.verdict}${i?" — the same":" — DIFFERENT"}`;t.summary.heading("canary-monitor replay").paragraph(a);if(i)t.log.notice(a);return{outputs:{verdict:n.verdict,score:r.score??"","report-path":e,"final-weight":""},failure:i?undefined:a}}var l=r(38815);function renderRules(e,t){const vars=e=>({app:t.app,namespace:t.namespace,track:e,interval:`${Math.max(1,Math.round(t.windowMs/1e3))}s`,version:""});const r=e.metrics.flatMap(e=>metricRules(e,vars));return`# Generated by shipgate canary-monitor --print-rules; check with: promtool check rules <file>\n${(0,l.As)({groups:[{name:`shipgate-${t.app}`,rules:r}]},{lineWidth:0})}`}function metricRules(e,t){const value=r=>e.kind==="value"?`(${(0,o.no)(e.query,t(r))})`:`(${(0,o.no)(e.errors,t(r))}) / (${(0,o.no)(e.total,t(r))})`;const base=(r,n,s)=>({alert:`${pascal(t("stable").app)}${pascal(e.name)}${r}`,expr:n,...e.forMs>0?{for:`${Math.round(e.forMs/1e3)}s`}:{},labels:{severity:"page",app:t("stable").app,namespace:t("stable").namespace,metric:e.name},annotations:{summary:s}});const r=[];if(e.max!==undefined)r.push(base("High",`${value("stable")} > ${e.max}`,`${e.name} above ${e.max}`));if(e.min!==undefined)r.push(base("Low",`${value("stable")} < ${e.min}`,`${e.name} below ${e.min}`));if(e.maxIncrease!==undefined)r.push(base("CanaryHigh",`${value("canary")} > ${1+e.maxIncrease/100} * ${value("stable")}`,`canary ${e.name} more than ${e.maxIncrease}% above stable`));if(e.maxDecrease!==undefined)r.push(base("CanaryLow",`${value("canary")} < ${1-e.maxDecrease/100} * ${value("stable")}`,`canary ${e.name} more than ${e.maxDecrease}% below stable`));return r}function pascal(e){return e.split(/[^a-zA-Z0-9]+/).filter(Boolean).map(e=>e[0].toUpperCase()+e.slice(1)).join("")}const u={promoted:"✅",passed:"✅","in-progress":"⏸️",aborted:"↩️",failed:"❌",inconclusive:"❔"};function renderSummary(e,t,r){e.heading(`${u[r.verdict]} canary-monitor ${(0,c.FV)(t.app)} ${(0,c.FV)(t.version??"")}: ${r.verdict}`,2);e.paragraph((0,c.FV)(r.message));const n=t.weights[0]?.atMs??t.rounds[0]?.atMs??0;if(t.weights.length)e.table(["step","at","requested","effective"],t.weights.map(e=>[String(e.step+1),`+${(0,c.a3)(e.atMs-n)}`,`${e.requested}%`,`${e.effective}%`]));for(const r of t.spec.metrics)chart(e,t,r,n);const s=t.rounds.at(-1);if(s)e.table(["metric","outcome","why","samples (canary / baseline)","query (canary)"],s.judgements.map(e=>{const t=s.observations.find(t=>t.metric===e.metric);return[(0,c.aL)(e.metric),e.outcome,(0,c.aL)(e.reason),`${Math.round(e.samples.canary)} / ${Math.round(e.samples.baseline)}`,(0,c.MZ)((t?.arms.canary.queries??[]).join(" ; "))]}));e.paragraph(`${t.rounds.length} rounds; the JSON report replays offline: \`npx shipgate canary-monitor --replay <report.json>\``)}function chart(e,t,r,n){const s=t.rounds.map(e=>({at:e.atMs,o:e.observations.find(e=>e.metric===r.name)})).filter(e=>e.o).slice(-60);if(s.length<2)return;const i=r.max??r.min;e.mermaid((0,c.Gp)({title:`${r.name}: canary (1st line) vs baseline (2nd)${i!==undefined?" vs threshold (3rd)":""}`,xLabels:s.map(e=>`${Math.round((e.at-n)/1e3)}s`),yLabel:r.unit||r.name,series:[{name:"canary",kind:"line",values:s.map(e=>e.o.arms.canary.value??Number.NaN)},{name:"baseline",kind:"line",values:s.map(e=>e.o.arms.baseline.value??Number.NaN)},...i!==undefined?[{name:"threshold",kind:"line",values:s.map(()=>i)}]:[]]}))}const f="shipgate.dev/canary-analysis";function stepsKey(e){return e.map(e=>`${e.weight}:${e.holdMs}`).join(",")}function analysisDriver(e,t,r){let n=r.legacy;return{async setWeight(r){const n=await e.setWeight(t,r);if(n.status!=="succeeded")throw new c.yA("Kubernetes API",`set the canary weight to ${r}%`,{detail:n.message});return{requested:r,effective:n.effectiveWeight??r}},async save(s){const i={...s,steps:stepsKey(r.steps),version:r.version};if(!await e.recordAnalysis(t,i,undefined,r.githubDeployment))throw new c.yA("Kubernetes API",`record the canary analysis of ${t.app}`,{detail:"the canary is no longer recorded (promoted or aborted by another run?)"});if(n){n=false;await removeLegacyAnnotation(e,t)}}}}async function removeLegacyAnnotation(e,t){const r={metadata:{annotations:{[f]:null}}};await t.kube.call(`remove the old ${f} annotation from ${t.app}`,()=>t.kube.apps.patchNamespacedDeployment({name:t.app,namespace:t.namespace,body:r,fieldManager:e.FIELD_MANAGER,...t.dryRun?{dryRun:"All"}:{}},e.patchOptions(e.PatchStrategy.MergePatch)))}function recordedAnalysis(e,t,r){const n=e.state.analysis;if(!n)return undefined;if(typeof n.step!=="number"||typeof n.stepStartedAtMs!=="number"||n.version!==e.version){r.warn("the recorded analysis is not one this canary-monitor can continue; starting at the first step");return undefined}if(n.steps!==stepsKey(t)){r.warn("the recorded analysis was for other steps; starting at the first step");return undefined}const{steps:s,version:i,deployment:o,...a}=n;r.info(`continuing the recorded analysis at step ${n.step+1} (${n.rounds??0} rounds so far)`);return a}function recordedDeploymentId(e,t){const r=e.state.analysis?.deployment;return e.state.githubDeployment??(t&&typeof r==="number"?r:undefined)}const p={id:undefined,step:async()=>{},end:async()=>{},error:async()=>{}};const d={promoted:"success",passed:"in_progress","in-progress":"in_progress",aborted:"failure",failed:"failure",inconclusive:"error"};async function canaryDeployment(e,t,n,s){if(e["dry-run"])return p;if(!e.token||!t.github.owner||!e.environment&&s.id===undefined){if(s.id!==undefined)t.log.warn(`the canary's GitHub deployment ${s.id} stays in_progress: give canary-monitor a token to report its outcome there`);return p}const i=await r.e(861).then(r.bind(r,75861));const o={owner:t.github.owner,repo:t.github.repo,logUrl:t.github.runUrl};const a=s.resumed?"analysis continued by another run":"analysis started";let l;try{const r=await(0,c.LX)({token:e.token,baseUrl:t.github.apiUrl,env:t.env,log:t.log});if(s.id!==undefined){l=await i.continueGitHubDeployment(r,o,s.id);await(l?.progress(`canary ${n.version}: ${a}`))}if(!l&&e.environment)l=await i.startGitHubDeployment(r,{...o,ref:t.github.sha??t.github.refName??n.version,environment:e.environment,description:`canary ${n.version} of ${n.app}: ${a}`,payload:{app:n.app,namespace:n.namespace,version:n.version,strategy:"canary"}});if(!l)return p}catch(e){t.log.warn(`GitHub deployment not created: ${(0,c.gJ)(e)}`);return p}const u=l;const send=async(e,r)=>{try{await r()}catch(r){t.log.warn(`GitHub deployment status (${e}) not set: ${(0,c.gJ)(r)}`)}};return{id:u.id,step:e=>send("in_progress",()=>u.progress(e)),end:e=>{const t=d[e.verdict];return send(t,()=>t==="in_progress"?u.progress(`${e.verdict}: ${e.message}`):u.finish(t,e.message))},error:e=>send("error",()=>u.finish("error",e))}}const h="dry run, nothing was changed: would";async function act(e,t,r,n,s){const i=s.weights.at(-1)?.requested??n.state.requestedWeight??0;if(s.verdict==="in-progress")return{verdict:"in-progress",weight:i,message:s.reason};if(s.verdict==="passed"){if(r["on-success"]!=="promote")return{verdict:"passed",weight:i,message:`canary ${n.version} passed: ${s.reason}`};const o=await e.promoteRollout(t);if(o.status!=="succeeded")return{verdict:"failed",weight:i,message:`canary ${n.version} passed, but promoting it failed: ${o.message}`};await ledger(e,t,r,n.version,"promoted",o.images);if(t.dryRun)return{verdict:"passed",weight:i,message:`${h} promote — ${o.message} (${s.reason})`};return{verdict:"promoted",weight:100,message:`${o.message} (${s.reason})`}}const o=`${s.verdict}: ${s.reason}`;if(r["on-failure"]!=="abort")return{verdict:s.verdict,weight:i,message:`canary ${n.version} ${o}; left in place at ${i}% (on-failure: none)`};const a=await abortCanary(e,t,r,o);if(t.dryRun)return{verdict:s.verdict,weight:i,message:`canary ${n.version} ${o}; ${h} abort — ${a}`};return{verdict:"aborted",weight:0,message:`canary ${n.version} ${o}; ${a}`}}async function abortCanary(e,t,r,n){const s=await e.readRollout(t.kube,t.namespace,t.app).catch(()=>undefined);const i=await e.abortRollout(t);await ledger(e,t,r,s?.version??"","aborted",undefined,n);return i.message}async function ledger(e,t,r,n,s,i,o){try{await e.recordRelease(t.kube,t.namespace,t.app,{version:n,images:i??{},strategy:"canary",time:new Date(t.clock.now()).toISOString(),runUrl:t.runUrl,outcome:s,environment:r.environment,...o?{reason:o}:{}},t.dryRun)}catch(e){t.log.warn(`release ledger not written: ${(0,c.gJ)(e)}`)}}async function monitor(e,t,s){const i=await Promise.all([r.e(765),r.e(215)]).then(r.bind(r,69215));const a=e.app;const l=new i.KubeClient({kubeconfig:e.kubeconfig,env:s.env,signal:s.signal,onRetry:(e,t,r,n)=>s.log.info(`${e}: ${t.message}; retry ${r} in ${n} ms`)});const u={kube:l,namespace:e.namespace,app:a,signal:s.signal,clock:s.clock,log:s.log,timeoutMs:e.timeout,dryRun:e["dry-run"],runUrl:s.github.runUrl};const p=await i.readRollout(l,e.namespace,a);const d=!p||p.strategy!=="canary"||!p.inProgress;if(d&&!p?.orphaned&&e["if-no-canary"]==="succeed")return undefined;if(d||p.orphaned)throw new c.yA("Kubernetes API",`read the canary of ${e.namespace}/${a}`,{detail:p?.orphaned??`no canary of ${a} is in progress (recorded: ${p?`${p.strategy}, ${p.phase}`:"nothing"})`,hint:"Start one with the deploy action (strategy: canary), then run canary-monitor."});const h=t.windowMs??e.interval;const m=armVars(p,h);const g=new o.Fs({url:e["prometheus-url"].toString(),headers:authHeaders(e),clock:s.clock,signal:s.signal});await checkQueries(g,t,m,s);const v=await l.find("read deployment",()=>l.apps.readNamespacedDeployment({name:a,namespace:e.namespace}));const y=recordedAnalysis(p,e.steps,s.log);const b={v:1,app:a,namespace:e.namespace,version:p.version,spec:t,steps:e.steps,intervalMs:e.interval,resumedFrom:y,weights:[],rounds:[],verdict:"in-progress",reason:""};const run=async r=>{const n={...u,lease:r};const a=await canaryDeployment(e,s,p,{id:recordedDeploymentId(p,!!y),resumed:!!y});const l=withStatus(analysisDriver(i,n,{steps:e.steps,version:p.version,legacy:!!v?.metadata?.annotations?.[f],githubDeployment:a.id}),a,p.version);let d;try{d=await(0,o.eU)({spec:t,steps:e.steps,intervalMs:e.interval,maxRunTimeMs:e["max-run-time"],measure:e=>(0,o.LR)(g,t.metrics,m,e),driver:l,clock:s.clock,signal:s.signal,log:s.log,resume:y,onRound:e=>{b.rounds.push(e);for(const t of e.judgements)s.log.info(`round ${b.rounds.length} ${t.metric}: ${t.outcome} — ${t.reason}`)}})}catch(t){if(!(t instanceof c.cc)&&!s.signal.aborted){await a.error(`canary ${p.version}: ${(0,c.gJ)(t)}`);throw t}const r=AbortSignal.timeout(i.CLEANUP_MS);const o=await abortCanary(i,{...n,kube:n.kube.withSignal(r),signal:r,lease:undefined},e,"cancelled (SIGTERM)");b.verdict="failed";b.reason="cancelled";const l={verdict:"aborted",weight:0,message:`cancelled: ${o}`};await a.end(l);return{analysis:b,final:l}}Object.assign(b,{weights:d.weights,verdict:d.verdict,reason:d.reason,score:d.score});const h=await act(i,n,e,p,d).catch(async e=>{await a.error(`canary ${p.version}: ${(0,c.gJ)(e)}`);throw e});await a.end(h);return{analysis:b,final:h}};if(e["dry-run"]){s.log.info("dry run: the deploy Lease is not taken; every change below is sent with dryRun=All");return run()}const O=s.github.owner?`${s.github.owner}/${s.github.repo}`:"local";const w=`${O} run ${s.github.runId??"local"} (canary-monitor, ${(0,n.randomUUID)().slice(0,8)})`;return i.withLease(l,{namespace:e.namespace,app:a,holder:w,waitMs:e["lock-timeout"],clock:s.clock,signal:s.signal},run)}function withStatus(e,t,r){return{...e,async setWeight(n){const s=await e.setWeight(n);await t.step(`canary ${r} at ${s.requested}% (effective ${s.effective}%)`);return s}}}function armVars(e,t){const r=`${Math.max(1,Math.round(t/1e3))}s`;const n={app:e.app,namespace:e.namespace,interval:r};return{canary:{...n,track:"canary",version:e.version},baseline:{...n,track:e.state.baseline?"baseline":"stable",version:e.previousVersion??""}}}function authHeaders(e){const t=(0,a.Hq)(e["prometheus-headers"]);if(e["prometheus-token"])t.authorization=`Bearer ${e["prometheus-token"]}`;if(e["prometheus-basic-auth"])t.authorization=`Basic ${Buffer.from(e["prometheus-basic-auth"]).toString("base64")}`;return t}async function checkQueries(e,t,r,n){const s=n.clock.now();for(const{metric:s,query:i}of(0,o.eS)(t.metrics,r)){const t=await e.instant(i,n.clock.now());if(t.kind==="bad-query")throw new c.dz("analysis",i,`queries Prometheus accepts — metric ${s}: ${t.message}`);if(t.kind==="error")throw new c.yA("Prometheus",`check the query of ${s} before the first step`,{detail:t.message,hint:"Nothing was changed. Check prometheus-url and its credentials."})}n.log.info(`every query of the analysis accepted by Prometheus (${(0,c.a3)(n.clock.now()-s)})`)}async function runCanaryMonitor(e,t){(0,a.sw)(e);const r=(0,o.ig)(e.analysis??o.m.parse(o.r1));if(e.replay!==undefined)return replayReport(e.replay,t);if(e["print-rules"]){process.stdout.write(renderRules(r,{app:e.app??"app",namespace:e.namespace,windowMs:r.windowMs??e.interval}));return{outputs:{}}}const c=await monitor(e,r,t);if(!c){t.log.notice(`no canary of ${e.app} is in progress in ${e.namespace}; nothing to do`);return{outputs:{verdict:"none","final-weight":"",score:"","report-path":""}}}const l=e["report-dir"]??(0,i.join)(process.cwd(),"shipgate-canary");(0,s.mkdirSync)(l,{recursive:true});const u=(0,i.join)(l,`canary-${e.app}-${(0,n.randomUUID)().slice(0,8)}.json`);(0,s.writeFileSync)(u,`${JSON.stringify(c.analysis,null,1)}\n`);renderSummary(t.summary,c.analysis,c.final);const f=c.final.verdict==="promoted"||c.final.verdict==="passed"||c.final.verdict==="in-progress";if(f)t.log.notice(c.final.message);return{outputs:{verdict:c.final.verdict,"final-weight":c.final.weight,score:c.analysis.score===undefined?"":Math.round(c.analysis.score*10)/10,"report-path":u},failure:f?undefined:c.final.message}}},82555:(t,r,n)=>{n.d(r,{C3:()=>M,Tr:()=>j,cc:()=>errors_CancelledError,HR:()=>C,Cq:()=>b,yA:()=>ExternalError,dz:()=>errors_InputError,Yu:()=>ShipgateError,$Q:()=>clip,MZ:()=>codeCell,LX:()=>createGitHubClient,QP:()=>defineAction,gJ:()=>errorMessage,FV:()=>escapeMarkdown,aL:()=>escapeTableCell,a3:()=>duration_formatDuration,vg:()=>imageRefProblem,an:()=>imageRepository,hF:()=>I,Qj:()=>normalizeVersion,E9:()=>parseDuration,KL:()=>redactDeep,L5:()=>retry,Cs:()=>runAction,J5:()=>secretVariants,ml:()=>O,Gp:()=>xyChart});const s=e(import.meta.url)("node:os");function clip(e,t,r={}){const n=r.flatten?e.replace(/\s+/g," "):e;return n.length<=t?n:`${n.slice(0,Math.max(0,t-1))}…`}function clipLines(e,t,r){if(e.length<=t)return e;const n=`\n\n_… ${r}._\n`;const s=e.slice(0,Math.max(0,t-n.length));return s.slice(0,s.lastIndexOf("\n")+1)+n}class ShipgateError extends Error{hint;constructor(e,t={}){super(e,t.cause===undefined?undefined:{cause:t.cause});this.name=new.target.name;this.hint=t.hint}}class errors_InputError extends ShipgateError{input;path;constructor(e,t,r,n={}){const s=n.path?`input "${e}" at ${n.path}`:`input "${e}"`;const i=t===undefined?"nothing":n.secret?"***":JSON.stringify(clip(t,201));super(`Invalid ${s}: got ${i}; allowed: ${r}`,n);this.input=e;this.path=n.path}}class ExternalError extends ShipgateError{system;step;status;retryAfterMs;constructor(e,t,r={}){const n=r.status===undefined?"":` (${r.status})`;const s=r.detail?`: ${r.detail}`:"";super(`${t} failed: ${e}${n}${s}`,r);this.system=e;this.step=t;this.status=r.status;this.retryAfterMs=r.retryAfterMs}}class InternalError extends ShipgateError{constructor(e,t={}){super(`Internal error: ${e}`,{...t,hint:"This is a bug in shipgate; please report it."})}}class errors_CancelledError extends ShipgateError{}function errorMessage(e){if(e instanceof Error)return e.message;return String(e)}function escapeMarkdown(e){return e.replace(/&/g,"&amp;").replace(/</g,"&lt;").replace(/>/g,"&gt;").replace(/([\\`*_[\]|~])/g,"\\$1").replace(/^(\s*)([#+=-])/gm,"$1\\$2").replace(/^(\s*\d+)([.)])/gm,"$1\\$2").replace(/@/g,"@​")}const i=/\r\n|\r|\n/g;function escapeTableCell(e){return escapeMarkdown(e.replace(i," "))}function inlineCode(e){const t=Math.max(0,...(e.match(/`+/g)??[]).map(e=>e.length));const r="`".repeat(t+1);const n=e.startsWith("`")||e.endsWith("`")?" ":"";return`${r}${n}${e.replace(i," ")}${n}${r}`}function codeCell(e){return inlineCode(e).replace(/\|/g,"\\|")}var o=n(77598);var a=n(73024);function escapeData(e){return e.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")}function escapeProperty(e){return escapeData(e).replace(/:/g,"%3A").replace(/,/g,"%2C")}function issueCommand(e,t,r){const n=Object.entries(t).filter(([,e])=>e!==undefined&&e!=="").map(([e,t])=>`${e}=${escapeProperty(String(t))}`).join(",");process.stdout.write(`::${e}${n?` ${n}`:""}::${escapeData(r)}${s.EOL}`)}function setOutput(e,t,r=process.env){const n=r.GITHUB_OUTPUT;if(!n){process.stdout.write(s.EOL);issueCommand("set-output",{name:e},t);return}const i=`ghadelimiter_${(0,o.randomUUID)()}`;if(e.includes(i)||t.includes(i))throw new Error("output collides with its delimiter");(0,a.appendFileSync)(n,`${e}<<${i}${s.EOL}${t}${s.EOL}${i}${s.EOL}`,"utf8")}const c=new Set;const l=new Set;let u;const f=4;function registerSecret(e){if(!e||e.trim()==="")return;const t=/[\r\n]/.test(e)?[e,...credentialLines(e)]:[e];for(const e of t)maskOne(e)}function redact(e){return redactWith(e,secretForms())}function redactWith(e,t){let r=e;for(const e of t)if(r.includes(e))r=r.split(e).join("***");return r}function redactDeep(e,t=secretForms()){if(typeof e==="string")return redactWith(e,t);if(Array.isArray(e))return e.map(e=>redactDeep(e,t));if(e&&typeof e==="object"){const r={};for(const[n,s]of Object.entries(e))r[redactWith(n,t)]=redactDeep(s,t);return r}return e}function secretVariants(e){const t=JSON.stringify(e).slice(1,-1);const r=[e,escapeMarkdown(e),escapeMarkdown(`x${e}`).slice(1),t,encodeURIComponent(e)];return[...new Set(r)].filter(e=>e.length>=f)}function maskOne(e){if(e.length<f||c.has(e))return;c.add(e);issueCommand("add-mask",{},e);for(const t of secretVariants(e))l.add(t);u=undefined}function secretForms(){u??=[...l].sort((e,t)=>t.length-e.length);return u}const p=/token|secret|passw|pwd|key|cert|credential|auth|cookie|session/i;const d=/^(?:-\s+)?["']?([A-Za-z_][\w.-]*)["']?(?::(?:\s+|$)|=(?!=))(.*)$/;const h=/^[A-Za-z0-9+/=._~-]{16,}$/;const m=/^-----(BEGIN|END) [A-Z0-9 ]+-----$/;function credentialLines(e){const t=[];for(const r of e.split(/\r\n|\r|\n/)){const e=r.trim();if(e===""||m.test(e))continue;const n=d.exec(e);if(!n){const r=e.replace(/^-\s+/,"");if(h.test(r))t.push(r);continue}const s=n[2].trim().replace(/^(["'])(.*)\1$/,"$2");if(s===""||s==="|"||s===">")continue;if(p.test(n[1])||n[1]==="value"&&s.length>=16)t.push(s)}return t}var g=n(76760);var v=n(38815);function readSpec(e,t,r){const n=loadSource(e,r);if(n===undefined)return undefined;const s=(0,v.Tp)(n.text,{prettyErrors:true,uniqueKeys:true});if(s.errors.length>0){const e=s.errors[0];const t=e.linePos?`line ${e.linePos[0].line}, column ${e.linePos[0].col}`:"unknown position";r.addIssue({code:"custom",message:`${n.label} is not valid YAML (${t}): ${firstLine(e.message)}`});return undefined}let i;try{i=s.toJS({maxAliasCount:100})}catch(e){r.addIssue({code:"custom",message:`${n.label} cannot be read: ${firstLine(errorMessage(e))}`});return undefined}const o=t.safeParse(i,{reportInput:true});if(o.success)return o.data;for(const e of o.error.issues){r.addIssue({code:"custom",message:e.message,path:[...e.path],input:e.input})}return undefined}function loadSource(e,t){const r=!e.includes("\n");const n=r&&!/:\s|^[[{-]/.test(e.trim());if(!n)return{text:e,label:"the inline YAML"};const s=process.env.GITHUB_WORKSPACE||process.cwd();const i=(0,g.isAbsolute)(e)?e:(0,g.resolve)(s,e);if((0,a.existsSync)(i)&&(0,a.statSync)(i).isFile())return{text:(0,a.readFileSync)(i,"utf8"),label:`file ${e}`};t.addIssue({code:"custom",message:`no file ${i} (give inline YAML, or a path to a YAML or JSON file)`});return undefined}function firstLine(e){return e.split("\n")[0]??e}function formatPath(e){return e.map((e,t)=>typeof e==="number"?`[${e}]`:`${t===0?"":"."}${String(e)}`).join("")}function defineAction(e){for(const t of Object.keys(e.inputs)){if(!/^[a-z][a-z0-9-]*$/.test(t))throw new Error(`input names are kebab-case: "${t}"`)}return e}function inputEnvName(e){return`INPUT_${e.replace(/ /g,"_").toUpperCase()}`}function readInputs(e,t=process.env){const r=Object.entries(e.inputs);for(const[e,n]of r)if(n.secret)registerSecret(t[inputEnvName(e)]);const n={};for(const[e,s]of r){const r=t[inputEnvName(e)]??"";const i=s.meta.exact?r:r.trim();if(r!==""&&r.trim()==="")throw new errors_InputError(e,s.secret?undefined:r,`${s.allowed} (not only whitespace)`,{hint:"leave the input out to get its default"});const o=i===""?resolveDefault(s.meta.default,t):i;if(o===undefined||o===""){if(s.meta.required)throw new errors_InputError(e,undefined,`${s.allowed} (this input is required)`);n[e]=undefined;continue}const a=safeParse(e,s,o);if(!a.success){const t=a.error.issues[0];const r=t.path.length?formatPath([e,...t.path]):undefined;const n=r===undefined?o:t.input===undefined?undefined:stringify(t.input);const i=r!==undefined||t.message===s.allowed?t.message:`${s.allowed} (${t.message})`;throw new errors_InputError(e,n,i,{secret:s.secret,path:r})}n[e]=a.data}return n}function resolveDefault(e,t){if(e===undefined||!e.includes("${{"))return e;const r={"runner.temp":t.RUNNER_TEMP||(0,s.tmpdir)(),"github.token":t.GITHUB_TOKEN,"github.workspace":t.GITHUB_WORKSPACE||process.cwd()};let n=false;const i=e.replace(/\$\{\{\s*([\w.-]+)\s*\}\}/g,(e,t)=>{const s=r[t];if(s===undefined)n=true;return s??""});return n||i.includes("${{")?undefined:i}function safeParse(e,t,r){try{return t.schema.safeParse(r,{reportInput:true})}catch(n){throw new errors_InputError(e,t.secret?undefined:r,`${t.allowed} (${errorMessage(n)})`,{secret:t.secret})}}function stringify(e){return typeof e==="string"?e:JSON.stringify(e)}const y={ms:1,s:1e3,m:6e4,h:36e5,d:864e5};const b=/^(?:\d+(?:\.\d+)?|(?:\d+(?:\.\d+)?(?:ms|s|m|h|d))+)$/;function parseDuration(e){const t=e.trim();if(/^\d+(\.\d+)?$/.test(t))return Math.round(Number(t)*1e3);const r=/(\d+(?:\.\d+)?)(ms|s|m|h|d)/y;let n=0;let s=0;while(s<t.length){r.lastIndex=s;const i=r.exec(t);if(!i)throw new RangeError(`"${e}" is not a duration (examples: 30s, 10m, 1h30m, 500ms)`);n+=Number(i[1])*y[i[2]];s=r.lastIndex}if(t.length===0)throw new RangeError("an empty duration");return Math.round(n)}function duration_formatDuration(e){if(e<1e3)return`${Math.round(e)}ms`;if(e<6e4)return`${(e/1e3).toFixed(1)}s`;const t=Math.round(e/1e3);const r=Math.floor(t/3600);const n=Math.floor(t%3600/60);const s=t%60;if(r>0)return`${r}h${String(n).padStart(2,"0")}m`;return`${n}m${String(s).padStart(2,"0")}s`}const O={now:()=>Date.now(),sleep:(e,t)=>new Promise((r,n)=>{if(t?.aborted)return n(clock_abortReason(t));const s=setTimeout(()=>{t?.removeEventListener("abort",onAbort);r()},e);const onAbort=()=>{clearTimeout(s);n(clock_abortReason(t))};t?.addEventListener("abort",onAbort,{once:true})})};class FakeClock{time;waiting=[];sleeps=[];constructor(e=Date.parse("2026-01-01T00:00:00Z")){this.time=e}now(){return this.time}get sleepers(){return this.waiting.length}sleep(e,t){this.sleeps.push(e);return new Promise((r,n)=>{if(t?.aborted)return n(clock_abortReason(t));const s={at:this.time+e,resolve:r};this.waiting.push(s);t?.addEventListener("abort",()=>{this.waiting.splice(this.waiting.indexOf(s),1);n(clock_abortReason(t))},{once:true})})}async advance(e){this.time+=e;const t=this.waiting.filter(e=>e.at<=this.time);for(const e of t){this.waiting.splice(this.waiting.indexOf(e),1);e.resolve()}await new Promise(e=>setImmediate(e))}async untilSleeping(e=1){while(this.waiting.length<e)await new Promise(e=>setImmediate(e))}}function clock_abortReason(e){const t=e.reason;if(t instanceof Error)return t;return new errors_CancelledError(typeof t==="string"?t:"Cancelled")}let w;function cancellationSignal(){if(w)return w.signal;const e=new AbortController;w=e;let t=0;const onSignal=r=>{t+=1;if(t>1)process.exit(r==="SIGINT"?130:143);e.abort(new errors_CancelledError(`Cancelled by ${r}`,{hint:"The workflow run was cancelled."}))};process.on("SIGINT",onSignal);process.on("SIGTERM",onSignal);return e.signal}function withDeadline(e,t,r){const n=new AbortController;const s=setTimeout(()=>n.abort(new CancelledError(`${r} did not finish within ${formatDuration(t)}`)),t);s.unref?.();const onParent=()=>{clearTimeout(s);n.abort(e.reason)};if(e?.aborted)onParent();else e?.addEventListener("abort",onParent,{once:true});n.signal.addEventListener("abort",()=>clearTimeout(s),{once:true});return n.signal}function abortable(e,t){if(!t)return e;if(t.aborted)return Promise.reject(abortReason(t));return new Promise((r,n)=>{const onAbort=()=>n(abortReason(t));t.addEventListener("abort",onAbort,{once:true});e.then(e=>{t.removeEventListener("abort",onAbort);r(e)},e=>{t.removeEventListener("abort",onAbort);n(e)})})}function readGitHubContext(e=process.env){const t=(e.GITHUB_SERVER_URL||"https://github.com").replace(/\/$/,"");const[r="",n=""]=(e.GITHUB_REPOSITORY??"").split("/");const s=r&&e.GITHUB_RUN_ID?`${t}/${r}/${n}/actions/runs/${e.GITHUB_RUN_ID}`:undefined;return{apiUrl:(e.GITHUB_API_URL||"https://api.github.com").replace(/\/$/,""),serverUrl:t,owner:r,repo:n,refName:e.GITHUB_REF_NAME||undefined,sha:e.GITHUB_SHA||undefined,eventName:e.GITHUB_EVENT_NAME||undefined,event:readEvent(e.GITHUB_EVENT_PATH),runId:e.GITHUB_RUN_ID||undefined,runUrl:s,actor:e.GITHUB_ACTOR||undefined,workspace:e.GITHUB_WORKSPACE||process.cwd(),runnerTemp:e.RUNNER_TEMP||undefined}}function readEvent(e){if(!e)return{};try{const t=JSON.parse((0,a.readFileSync)(e,"utf8"));return t&&typeof t==="object"?t:{}}catch{return{}}}const x="\t\n\v\f\r    - \u2028\u2029  　\ufeff";const k=new RegExp(`(^|[\\r\\n])([${x}]*):(?=:)`,"g");function neutralizeCommands(e){return e.replace(k,"$1$2:​").replace(/##\[/g,"#​#[")}const clean=e=>neutralizeCommands(redact(e));function annotation(e){if(!e)return{};return{title:e.title&&redact(e.title),file:e.file,line:e.startLine}}async function group(e,t){issueCommand("group",{},e);try{return await t()}finally{issueCommand("endgroup",{},"")}}function createLogger(){return{info:e=>void process.stdout.write(`${clean(e)}\n`),debug:e=>issueCommand("debug",{},redact(e)),notice:(e,t)=>issueCommand("notice",annotation(t),redact(e)),warn:(e,t)=>issueCommand("warning",annotation(t),redact(e)),error:(e,t)=>issueCommand("error",annotation(t),redact(e)),group:(e,t)=>group(clean(e).replace(/\r?\n/g," "),t)}}function createMemoryLogger(){const e=[];const push=t=>r=>void e.push(`${t}: ${clean(r)}`);return{lines:e,info:push("info"),debug:push("debug"),notice:push("notice"),warn:push("warning"),error:push("error"),group:async(t,r)=>{e.push(`group: ${clean(t)}`);return r()}}}var S=n(51455);const $=1024*1024;const P=65536;class Summary{blocks=[];get isEmpty(){return this.blocks.length===0}heading(e,t=2){return this.raw(`${"#".repeat(t)} ${e}`)}paragraph(e){return this.raw(e)}table(e,t){const line=e=>`| ${e.join(" | ")} |`;const r=t.map(t=>line(e.map((e,r)=>t[r]??"")));return this.raw([line(e),line(e.map(()=>"---")),...r].join("\n"))}details(e,t){return this.raw(`<details><summary>${e}</summary>\n\n${t}\n\n</details>`)}list(e){return this.raw(e.map(e=>`- ${e}`).join("\n"))}code(e,t=""){const r=Math.max(2,...(e.match(/`{3,}/g)??[]).map(e=>e.length));const n="`".repeat(r+1);return this.raw(`${n}${t}\n${e}\n${n}`)}mermaid(e){return this.code(e,"mermaid")}raw(e){this.blocks.push(e);return this}toMarkdown(e=$){return fitBlocks(this.blocks,e)}async write(e=process.env.GITHUB_STEP_SUMMARY){if(!e||this.isEmpty)return;await(0,S.appendFile)(e,`${redact(this.toMarkdown())}\n`)}}function fitToLimit(e,t){return fitBlocks(e.split(/\n{2,}(?=#{1,6} )/),t)}function fitBlocks(e,t){const r=e.join("\n\n");if(r.length<=t)return r;const n=[];let s=0;const noteFor=e=>`\n\n> ⚠️ ${e} section(s) left out to fit GitHub's limit of ${t.toLocaleString("en-US")} characters; the full report is in the job's report file.`;const i=noteFor(e.length).length;for(const r of e){const e=(n.length?2:0)+r.length;if(s+e+i>t)break;n.push(r);s+=e}if(n.length===0){const r=e[0]??"";const s=r.slice(0,Math.max(0,t-i));n.push(s.slice(0,Math.max(0,s.lastIndexOf("\n")))||s)}return n.join("\n\n")+noteFor(e.length-n.length)}function xyChart(e){const quote=e=>`"${e.replace(/["\\\n\r]/g," ")}"`;const finite=e=>Number.isFinite(e)?Number(e.toPrecision(6)):0;const t=["xychart-beta",`  title ${quote(e.title)}`,`  x-axis ${e.xLabel?`${quote(e.xLabel)} `:""}[${e.xLabels.map(quote).join(", ")}]`];if(e.yLabel)t.push(`  y-axis ${quote(e.yLabel)}`);for(const r of e.series)t.push(`  ${r.kind} [${r.values.map(finite).join(", ")}]`);return t.join("\n")}async function runAction(e,t,r=process.env){const n=createLogger();const s=new Summary;try{const i=readInputs(e,r);for(const t of e.rules?.(i)??[])n.warn(t);n.debug(`inputs parsed ${performance.now().toFixed(1)}ms after process start`);const o={signal:cancellationSignal(),log:n,summary:s,clock:O,github:readGitHubContext(r),env:r};const a=await t(i,o);writeOutputs(e,a.outputs);if(a.failure)fail(n,a.failure)}catch(t){reportFailure(n,e.name,t)}finally{await s.write(r.GITHUB_STEP_SUMMARY).catch(e=>{n.warn(`Could not write the job summary: ${String(e)}`)})}}function writeOutputs(e,t){for(const[r,n]of Object.entries(t)){if(!(r in e.outputs))throw new Error(`output "${r}" is not declared by ${e.name}`);if(n===undefined)continue;setOutput(r,typeof n==="object"?JSON.stringify(n):String(n))}}function fail(e,t,r){e.error(t,r?{title:r}:undefined);process.exitCode=1}function reportFailure(e,t,r){if(r instanceof errors_InputError)return fail(e,`${r.message}${r.hint?`\nHint: ${r.hint}`:""}`,"Invalid input");if(r instanceof errors_CancelledError)return fail(e,r.message,"Cancelled");if(r instanceof ShipgateError){const n=r.hint?`\nHint: ${r.hint}`:"";if(r.cause!==undefined)e.debug(`cause: ${redact(describeCause(r.cause))}`);return fail(e,`${r.message}${n}`,`${t} failed`)}const n=r instanceof Error?r.message:String(r);if(r instanceof Error&&r.stack)e.debug(r.stack);fail(e,`${t} failed unexpectedly: ${n}\nHint: this may be a bug in shipgate; re-run with debug logging for details.`)}function describeCause(e){if(e instanceof Error)return`${e.name}: ${e.message}`;return String(e)}var E=n(9691);var N=n(88532);function inputs_define(e,t,r,n,s={}){return{meta:n,kind:e,allowed:t,schema:r,secret:s.secret??false,spec:s.spec}}const A=["true","True","TRUE"];const T=["false","False","FALSE"];const I={string(e){const t=e.allowed??(e.pattern?`text matching ${e.pattern}`:"any text");const r=e.pattern?E.YjP().regex(e.pattern,t):E.YjP();return inputs_define("string",t,r,e)},secret(e){return inputs_define("secret","any text (masked)",E.YjP(),e,{secret:true})},boolean(e){const t="true or false";const r=E.YjP().transform((e,r)=>{if(A.includes(e))return true;if(T.includes(e))return false;r.addIssue({code:"custom",message:t});return N.tm});return inputs_define("boolean",t,r,e)},integer(e){const t=`a whole number${range(e.min,e.max)}`;const r=E.YjP().transform((r,n)=>{const s=Number(r);if(!/^-?\d+$/.test(r)||!inRange(s,e.min,e.max)){n.addIssue({code:"custom",message:t});return N.tm}return s});return inputs_define("integer",t,r,e)},number(e){const t=`a number${range(e.min,e.max)}`;const r=E.YjP().transform((r,n)=>{const s=Number(r);if(r.trim()===""||!Number.isFinite(s)||!inRange(s,e.min,e.max)){n.addIssue({code:"custom",message:t});return N.tm}return s});return inputs_define("number",t,r,e)},duration(e){const t=e.min===undefined?0:parseDuration(e.min);const r=e.max===undefined?Infinity:parseDuration(e.max);const n=e.min||e.max?` between ${e.min??"0s"} and ${e.max??"any"}`:"";const s=`a duration such as 30s, 10m or 1h30m${n}`;const i=E.YjP().transform((e,n)=>{try{const n=parseDuration(e);if(n>=t&&n<=r)return n}catch{}n.addIssue({code:"custom",message:s});return N.tm});return inputs_define("duration",s,i,e)},choice(e,t){const r=`one of ${e.join(", ")}`;const n=E.YjP().transform((t,n)=>{if(e.includes(t))return t;n.addIssue({code:"custom",message:r});return N.tm});return inputs_define("choice",r,n,t)},list(e){const t=e.allowed??"one item per line";const r=e.item??E.YjP();const n=E.YjP().transform((e,n)=>{const s=e.split(/\r?\n/).map(e=>e.trim()).filter(e=>e!==""&&!e.startsWith("#"));const i=[];s.forEach((e,s)=>{const o=r.safeParse(e);if(o.success)i.push(o.data);else n.addIssue({code:"custom",message:t,path:[s],input:e})});return i});return inputs_define("list",t,n,e)},url(e){const t=e.protocols??["http:","https:"];const r=`an absolute URL starting with ${t.map(e=>`${e}//`).join(" or ")}`;const n=E.YjP().transform((e,n)=>{try{const r=new URL(e);if(t.includes(r.protocol)&&/^[a-z]+:\/\//i.test(e))return r}catch{}n.addIssue({code:"custom",message:r});return N.tm});return inputs_define("url",r,n,e)},yaml(e,t){const r=`YAML (inline, or a path to a file) matching schema/${t.schemaId}.schema.json`;const n=E.YjP().transform((t,r)=>readSpec(t,e,r));return inputs_define("yaml",r,n,t,{spec:{schema:e,schemaId:t.schemaId}})},custom(e,t){return inputs_define("string",t.allowed,e,t)}};function range(e,t){if(e!==undefined&&t!==undefined)return` from ${e} to ${t}`;if(e!==undefined)return` of at least ${e}`;if(t!==undefined)return` of at most ${t}`;return""}function inRange(e,t,r){return(t===undefined||e>=t)&&(r===undefined||e<=r)}const leaseDurationInput=()=>input.duration({description:"How long the per-app Lease lasts without a renewal (renewed every third of it): how long a run whose runner died blocks the next one",default:"60s",min:"2s",max:"1h"});function checkWritablePath(e,t,r=t){const n=resolve(t);const s="a file path that can be written";if(existsSync(n)){if(statSync(n).isDirectory())throw new InputError(e,r,`${s} (${n} is a folder)`);if(!canWrite(n))throw new InputError(e,r,`${s} (${n} is not writable)`);return n}let i=dirname(n);while(!existsSync(i))i=dirname(i);if(!statSync(i).isDirectory())throw new InputError(e,r,`${s} (${i} is a file, not a folder)`);if(!canWrite(i))throw new InputError(e,r,`${s} (folder ${i} is not writable)`);return n}function canWrite(e){try{accessSync(e,constants.W_OK);return true}catch{return false}}async function retry(e,t={}){const{attempts:r=5,baseMs:n=100,maxMs:s=1e4,factor:i=2,jitter:o=.2,retryable:a=()=>true,clock:c=O,signal:l,random:u=Math.random}=t;for(let f=1;;f++){try{return await e(f)}catch(e){if(f>=r||!a(e)||l?.aborted)throw e;const p=backoffDelay(e,f,{baseMs:n,maxMs:s,factor:i,jitter:o,random:u});t.onRetry?.(e,f,p);await c.sleep(p,l)}}}function backoffDelay(e,t,r){const n=e?.retryAfterMs;if(typeof n==="number"&&Number.isFinite(n)&&n>=0)return Math.min(n,r.maxMs*10);const s=Math.min(r.maxMs,r.baseMs*r.factor**(t-1));const i=s*r.jitter*(2*r.random()-1);return Math.max(0,Math.round(s+i))}function parseRetryAfter(e,t){if(e===null||e===undefined||e.trim()==="")return undefined;const r=e.trim();if(/^\d+$/.test(r))return Number(r)*1e3;const n=Date.parse(r);return Number.isNaN(n)?undefined:Math.max(0,n-t)}var R=n(62088);var z=n.n(R);const C=/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;const L=54;const M=new RegExp(`^(?=.{1,${L}}$)${C.source.slice(1)}`);const j=`a DNS-1123 label of at most ${L} characters such as web-api (so <app>-baseline, <app>-preview and the other names derived from it fit the API server's 63)`;const D=/^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@[a-z0-9]+:[a-fA-F0-9]{32,})?$/;function imageRefProblem(e){if(/\s/.test(e))return"contains whitespace";if(!D.test(e))return"is not an image reference such as registry.example.com/team/app:1.2.3";return undefined}function imageRepository(e){const t=e.split("@")[0]??e;const r=t.lastIndexOf("/");const n=t.lastIndexOf(":");return n>r?t.slice(0,n):t}function normalizeVersion(e){const t=e.trim().replace(/^v/,"");return/^\d/.test(t)&&z().parse(t)?t:undefined}const F=E.YjP().refine(e=>normalizeVersion(e)!==undefined).transform(e=>normalizeVersion(e));function resolveBaseUrl(e,t){const r=e.baseUrl??(t["GITHUB_API_URL"]||"https://api.github.com");let n;try{n=new URL(r)}catch{n=new URL("invalid:")}if(n.protocol!=="http:"&&n.protocol!=="https:"){const t=e.baseUrl===undefined?"GITHUB_API_URL":"the GitHub API base URL";throw new ShipgateError(`Invalid ${t}: got ${JSON.stringify(r)}; allowed: an http(s) URL such as https://api.github.com`)}return r.replace(/\/+$/,"")}function resolveSpacing(e,t){if(e.writeSpacingMs!==undefined)return e.writeSpacingMs;const r=t["SHIPGATE_GITHUB_WRITE_SPACING_MS"];if(r===undefined||r==="")return undefined;if(!/^\d+$/.test(r)){throw new ShipgateError(`Invalid SHIPGATE_GITHUB_WRITE_SPACING_MS: got ${JSON.stringify(r)}; allowed: milliseconds, e.g. 0 or 1000`)}return Number(r)}async function createGitHubClient(e){if(!e.token||e.token.trim()===""){throw new ShipgateError("No GitHub token given",{hint:"Pass a token, e.g. github-token: ${{ github.token }}."})}registerSecret(e.token);const t=e.env??process.env;const r=resolveBaseUrl(e,t);const s=resolveSpacing(e,t);const i=e.backoffUnitMs??1e3;const o=e.rateLimitRetries??2;const a=e.maxRateLimitWaitSeconds??300;const c=e.log;const[{getOctokit:l},{retry:u},{throttling:f},{default:p}]=await Promise.all([n.e(758).then(n.bind(n,11758)),Promise.all([n.e(251),n.e(735)]).then(n.bind(n,49735)),Promise.all([n.e(251),n.e(856)]).then(n.bind(n,86856)),n.e(251).then(n.t.bind(n,63251,23))]);const onLimit=e=>(t,r,n,s)=>{const i=`${r.method??""} ${r.url??""}`.trim();const l=s<o&&t<=a;c?.warn(l?`GitHub ${e} rate limit on ${i}: waiting ${t}s (retry ${s+1} of ${o})`:`GitHub ${e} rate limit on ${i}: giving up (asked to wait ${t}s after ${s} retries)`);return l};const d=s===undefined?{}:{write:new p.Group({maxConcurrent:1,minTime:s}),notifications:new p.Group({maxConcurrent:1,minTime:s})};return l(e.token,{baseUrl:r,log:{debug:e=>c?.debug(e),info:e=>c?.debug(e),warn:e=>c?.warn(e),error:e=>c?.warn(e)},retry:{retries:e.retries??3,retryAfterBaseValue:i},throttle:{id:`shipgate-${r}`,retryAfterBaseValue:i,onRateLimit:onLimit("primary"),onSecondaryRateLimit:onLimit("secondary"),...d}},u,f)}},71329:(e,t,r)=>{r.d(t,{r1:()=>us,Fs:()=>Prometheus,eS:()=>allQueries,m:()=>ls,LR:()=>measureRound,$i:()=>parseSteps,no:()=>renderQuery,eZ:()=>replay,ig:()=>resolveSpec,eU:()=>walkCanary});var n=r(82555);function parseSampleValue(e){if(e==="+Inf"||e==="Inf")return Infinity;if(e==="-Inf")return-Infinity;if(e==="NaN")return Number.NaN;const t=Number(e);if(e.trim()===""||Number.isNaN(t)&&e!=="NaN")throw new n.yA("Prometheus","read sample",{detail:`not a sample value: ${JSON.stringify(e)}`});return t}class Prometheus{o;base;constructor(e){this.o=e;this.base=e.url.replace(/\/+$/,"")}async instant(e,t){let r;try{r=await(0,n.L5)(()=>this.post("/api/v1/query",{query:e,time:(t/1e3).toFixed(3)}),{attempts:this.o.attempts??3,baseMs:200,maxMs:2e3,clock:this.o.clock,signal:this.o.signal,retryable:e=>!(e instanceof QueryRejected)})}catch(e){if(e instanceof QueryRejected)return{kind:"bad-query",message:e.message,status:e.status};if(this.o.signal?.aborted)throw e;return{kind:"error",message:(0,n.gJ)(e),status:e.status}}return readSingle(r)}async post(e,t){const r=[AbortSignal.timeout(this.o.timeoutMs??3e4),...this.o.signal?[this.o.signal]:[]];let s;try{s=await fetch(`${this.base}${e}`,{method:"POST",headers:{...this.o.headers,"content-type":"application/x-www-form-urlencoded",accept:"application/json"},body:new URLSearchParams(t).toString(),signal:AbortSignal.any(r)})}catch(t){if(this.o.signal?.aborted)throw this.o.signal.reason;const r=t.name==="TimeoutError";throw new n.yA("Prometheus",`query ${e}`,{detail:r?`no answer within ${this.o.timeoutMs??3e4} ms`:causeMessage(t),cause:t})}const i=await s.text();let o={};try{o=JSON.parse(i)}catch{}if(s.status===400||s.status===422)throw new QueryRejected(`${o.errorType??"bad_data"}: ${o.error??i.slice(0,300)}`,s.status);if(!s.ok||o.status!=="success")throw new n.yA("Prometheus",`query ${e}`,{status:s.status,detail:o.error??i.slice(0,300)});return o}}class QueryRejected extends Error{status;constructor(e,t){super(e);this.status=t}}function causeMessage(e){const t=e.cause;return t?`${(0,n.gJ)(e)} (${(0,n.gJ)(t)})`:(0,n.gJ)(e)}function readSingle(e){const t=e.warnings??[];const r=e.data??{};if(r.resultType==="scalar"){const[,e]=r.result;return{kind:"value",value:parseSampleValue(e),labels:{},warnings:t}}if(r.resultType!=="vector")return{kind:"error",message:`expected an instant vector or scalar, got ${r.resultType??"nothing"}`};const n=r.result;if(n.length===0)return{kind:"no-data",warnings:t};if(n.length>1)return{kind:"ambiguous",series:n.map(e=>e.metric),warnings:t};return{kind:"value",value:parseSampleValue(n[0].value[1]),labels:n[0].metric,warnings:t}}const s=["app","namespace","track","interval","version"];const i='app="{{app}}",namespace="{{namespace}}",track="{{track}}"';const latency=e=>({description:`p${e*100} latency from the http_request_duration_seconds histogram; at most 10% above the baseline`,query:`histogram_quantile(${e}, sum by (le) (rate(http_request_duration_seconds_bucket{${i}}[{{interval}}])))`,"max-increase":10,direction:"increase",judge:"auto",unit:"s"});const o={"http-error-rate":{description:"Share of HTTP responses with a 5xx code; at most 1%, and not significantly above the baseline",errors:`sum(increase(http_requests_total{${i},code=~"5.."}[{{interval}}]))`,total:`sum(increase(http_requests_total{${i}}[{{interval}}]))`,max:.01,direction:"increase",judge:"auto",unit:"ratio"},"latency-p95":latency(.95),"latency-p99":latency(.99),"throughput-drop":{description:"Requests per second per ready pod; at most 50% below the baseline (a canary that answers nothing is not healthy)",query:`sum(rate(http_requests_total{${i}}[{{interval}}])) / count(up{${i}} == 1)`,"max-decrease":50,direction:"decrease",judge:"none",unit:"req/s"},"pod-restarts":{description:"Container restarts of the arm in the interval (kube-state-metrics); none allowed",query:`sum(increase(kube_pod_container_status_restarts_total{namespace="{{namespace}}",pod=~"{{app}}-{{track}}-.*"}[{{interval}}])) or vector(0)`,max:0,direction:"increase",judge:"none",unit:"restarts"}};const a=o;const c=Object.keys(a);function placeholdersIn(e){return[...e.matchAll(/\{\{\s*([^}]*?)\s*\}\}/g)].map(e=>({name:e[1],at:e.index}))}function renderQuery(e,t){return e.replace(/\{\{\s*([a-z]+)\s*\}\}/g,(e,r)=>r in t?escapeLabelValue(t[r]):e)}function escapeLabelValue(e){return e.replace(/\\/g,"\\\\").replace(/"/g,'\\"').replace(/\n/g,"\\n")}const l=1024;let u=0;class Range{constructor(e,t){this.from=e;this.to=t}}class dist_NodeProp{constructor(e={}){this.id=u++;this.perNode=!!e.perNode;this.deserialize=e.deserialize||(()=>{throw new Error("This node type doesn't define a deserialize function")});this.combine=e.combine||null}add(e){if(this.perNode)throw new RangeError("Can't add per-node props to node types");if(typeof e!="function")e=NodeType.match(e);return t=>{let r=e(t);return r===undefined?null:[this,r]}}}dist_NodeProp.closedBy=new dist_NodeProp({deserialize:e=>e.split(" ")});dist_NodeProp.openedBy=new dist_NodeProp({deserialize:e=>e.split(" ")});dist_NodeProp.group=new dist_NodeProp({deserialize:e=>e.split(" ")});dist_NodeProp.isolate=new dist_NodeProp({deserialize:e=>{if(e&&e!="rtl"&&e!="ltr"&&e!="auto")throw new RangeError("Invalid value for isolate: "+e);return e||"auto"}});dist_NodeProp.contextHash=new dist_NodeProp({perNode:true});dist_NodeProp.lookAhead=new dist_NodeProp({perNode:true});dist_NodeProp.mounted=new dist_NodeProp({perNode:true});class MountedTree{constructor(e,t,r,n=false){this.tree=e;this.overlay=t;this.parser=r;this.bracketed=n}static get(e){return e&&e.props&&e.props[dist_NodeProp.mounted.id]}}const f=Object.create(null);class NodeType{constructor(e,t,r,n=0){this.name=e;this.props=t;this.id=r;this.flags=n}static define(e){let t=e.props&&e.props.length?Object.create(null):f;let r=(e.top?1:0)|(e.skipped?2:0)|(e.error?4:0)|(e.name==null?8:0);let n=new NodeType(e.name||"",t,e.id,r);if(e.props)for(let r of e.props){if(!Array.isArray(r))r=r(n);if(r){if(r[0].perNode)throw new RangeError("Can't store a per-node prop on a node type");t[r[0].id]=r[1]}}return n}prop(e){return this.props[e.id]}get isTop(){return(this.flags&1)>0}get isSkipped(){return(this.flags&2)>0}get isError(){return(this.flags&4)>0}get isAnonymous(){return(this.flags&8)>0}is(e){if(typeof e=="string"){if(this.name==e)return true;let t=this.prop(dist_NodeProp.group);return t?t.indexOf(e)>-1:false}return this.id==e}static match(e){let t=Object.create(null);for(let r in e)for(let n of r.split(" "))t[n]=e[r];return e=>{for(let r=e.prop(dist_NodeProp.group),n=-1;n<(r?r.length:0);n++){let s=t[n<0?e.name:r[n]];if(s)return s}}}}NodeType.none=new NodeType("",Object.create(null),0,8);class NodeSet{constructor(e){this.types=e;for(let t=0;t<e.length;t++)if(e[t].id!=t)throw new RangeError("Node type ids should correspond to array positions when creating a node set")}extend(...e){let t=[];for(let r of this.types){let n=null;for(let t of e){let e=t(r);if(e){if(!n)n=Object.assign({},r.props);let t=e[1],s=e[0];if(s.combine&&s.id in n)t=s.combine(n[s.id],t);n[s.id]=t}}t.push(n?new NodeType(r.name,n,r.id,r.flags):r)}return new NodeSet(t)}}const p=new WeakMap,d=new WeakMap;var h;(function(e){e[e["ExcludeBuffers"]=1]="ExcludeBuffers";e[e["IncludeAnonymous"]=2]="IncludeAnonymous";e[e["IgnoreMounts"]=4]="IgnoreMounts";e[e["IgnoreOverlays"]=8]="IgnoreOverlays";e[e["EnterBracketed"]=16]="EnterBracketed"})(h||(h={}));class Tree{constructor(e,t,r,n,s){this.type=e;this.children=t;this.positions=r;this.length=n;this.props=null;if(s&&s.length){this.props=Object.create(null);for(let[e,t]of s)this.props[typeof e=="number"?e:e.id]=t}}toString(){let e=MountedTree.get(this);if(e&&!e.overlay)return e.tree.toString();let t="";for(let e of this.children){let r=e.toString();if(r){if(t)t+=",";t+=r}}return!this.type.name?t:(/\W/.test(this.type.name)&&!this.type.isError?JSON.stringify(this.type.name):this.type.name)+(t.length?"("+t+")":"")}cursor(e=0){return new TreeCursor(this.topNode,e)}cursorAt(e,t=0,r=0){let n=p.get(this)||this.topNode;let s=new TreeCursor(n);s.moveTo(e,t);p.set(this,s._tree);return s}get topNode(){return new TreeNode(this,0,0,null)}resolve(e,t=0){let r=resolveNode(p.get(this)||this.topNode,e,t,false);p.set(this,r);return r}resolveInner(e,t=0){let r=resolveNode(d.get(this)||this.topNode,e,t,true);d.set(this,r);return r}resolveStack(e,t=0){return stackIterator(this,e,t)}iterate(e){let{enter:t,leave:r,from:n=0,to:s=this.length}=e;let i=e.mode||0,o=(i&h.IncludeAnonymous)>0;for(let e=this.cursor(i|h.IncludeAnonymous);;){let i=false;if(e.from<=s&&e.to>=n&&(!o&&e.type.isAnonymous||t(e)!==false)){if(e.firstChild())continue;i=true}for(;;){if(i&&r&&(o||!e.type.isAnonymous))r(e);if(e.nextSibling())break;if(!e.parent())return;i=true}}}prop(e){return!e.perNode?this.type.prop(e):this.props?this.props[e.id]:undefined}get propValues(){let e=[];if(this.props)for(let t in this.props)e.push([+t,this.props[t]]);return e}balance(e={}){return this.children.length<=8?this:balanceRange(NodeType.none,this.children,this.positions,0,this.children.length,0,this.length,(e,t,r)=>new Tree(this.type,e,t,r,this.propValues),e.makeTree||((e,t,r)=>new Tree(NodeType.none,e,t,r)))}static build(e){return buildTree(e)}}Tree.empty=new Tree(NodeType.none,[],[],0);class FlatBufferCursor{constructor(e,t){this.buffer=e;this.index=t}get id(){return this.buffer[this.index-4]}get start(){return this.buffer[this.index-3]}get end(){return this.buffer[this.index-2]}get size(){return this.buffer[this.index-1]}get pos(){return this.index}next(){this.index-=4}fork(){return new FlatBufferCursor(this.buffer,this.index)}}class TreeBuffer{constructor(e,t,r){this.buffer=e;this.length=t;this.set=r}get type(){return NodeType.none}toString(){let e=[];for(let t=0;t<this.buffer.length;){e.push(this.childString(t));t=this.buffer[t+3]}return e.join(",")}childString(e){let t=this.buffer[e],r=this.buffer[e+3];let n=this.set.types[t],s=n.name;if(/\W/.test(s)&&!n.isError)s=JSON.stringify(s);e+=4;if(r==e)return s;let i=[];while(e<r){i.push(this.childString(e));e=this.buffer[e+3]}return s+"("+i.join(",")+")"}findChild(e,t,r,n,s){let{buffer:i}=this,o=-1;for(let a=e;a!=t;a=i[a+3]){if(checkSide(s,n,i[a+1],i[a+2])){o=a;if(r>0)break}}return o}slice(e,t,r){let n=this.buffer;let s=new Uint16Array(t-e),i=0;for(let o=e,a=0;o<t;){s[a++]=n[o++];s[a++]=n[o++]-r;let t=s[a++]=n[o++]-r;s[a++]=n[o++]-e;i=Math.max(i,t)}return new TreeBuffer(s,i,this.set)}}function checkSide(e,t,r,n){switch(e){case-2:return r<t;case-1:return n>=t&&r<t;case 0:return r<t&&n>t;case 1:return r<=t&&n>t;case 2:return n>t;case 4:return true}}function resolveNode(e,t,r,n){var s;while(e.from==e.to||(r<1?e.from>=t:e.from>t)||(r>-1?e.to<=t:e.to<t)){let t=!n&&e instanceof TreeNode&&e.index<0?null:e.parent;if(!t)return e;e=t}let i=n?0:h.IgnoreOverlays;if(n)for(let n=e,o=n.parent;o;n=o,o=n.parent){if(n instanceof TreeNode&&n.index<0&&((s=o.enter(t,r,i))===null||s===void 0?void 0:s.from)!=n.from)e=o}for(;;){let n=e.enter(t,r,i);if(!n)return e;e=n}}class BaseNode{cursor(e=0){return new TreeCursor(this,e)}getChild(e,t=null,r=null){let n=getChildren(this,e,t,r);return n.length?n[0]:null}getChildren(e,t=null,r=null){return getChildren(this,e,t,r)}resolve(e,t=0){return resolveNode(this,e,t,false)}resolveInner(e,t=0){return resolveNode(this,e,t,true)}matchContext(e){return matchNodeContext(this.parent,e)}enterUnfinishedNodesBefore(e){let t=this.childBefore(e),r=this;while(t){let e=t.lastChild;if(!e||e.to!=t.to)break;if(e.type.isError&&e.from==e.to){r=t;t=e.prevSibling}else{t=e}}return r}get node(){return this}get next(){return this.parent}}class TreeNode extends BaseNode{constructor(e,t,r,n){super();this._tree=e;this.from=t;this.index=r;this._parent=n}get type(){return this._tree.type}get name(){return this._tree.type.name}get to(){return this.from+this._tree.length}nextChild(e,t,r,n,s=0){for(let i=this;;){for(let{children:o,positions:a}=i._tree,c=t>0?o.length:-1;e!=c;e+=t){let c=o[e],l=a[e]+i.from,u;if(!(s&h.EnterBracketed&&c instanceof Tree&&(u=MountedTree.get(c))&&!u.overlay&&u.bracketed&&r>=l&&r<=l+c.length)&&!checkSide(n,r,l,l+c.length))continue;if(c instanceof TreeBuffer){if(s&h.ExcludeBuffers)continue;let o=c.findChild(0,c.buffer.length,t,r-l,n);if(o>-1)return new BufferNode(new BufferContext(i,c,e,l),null,o)}else if(s&h.IncludeAnonymous||(!c.type.isAnonymous||hasChild(c))){let o;if(!(s&h.IgnoreMounts)&&(o=MountedTree.get(c))&&!o.overlay)return new TreeNode(o.tree,l,e,i);let a=new TreeNode(c,l,e,i);return s&h.IncludeAnonymous||!a.type.isAnonymous?a:a.nextChild(t<0?c.children.length-1:0,t,r,n,s)}}if(s&h.IncludeAnonymous||!i.type.isAnonymous)return null;if(i.index>=0)e=i.index+t;else e=t<0?-1:i._parent._tree.children.length;i=i._parent;if(!i)return null}}get firstChild(){return this.nextChild(0,1,0,4)}get lastChild(){return this.nextChild(this._tree.children.length-1,-1,0,4)}childAfter(e){return this.nextChild(0,1,e,2)}childBefore(e){return this.nextChild(this._tree.children.length-1,-1,e,-2)}prop(e){return this._tree.prop(e)}enter(e,t,r=0){let n;if(!(r&h.IgnoreOverlays)&&(n=MountedTree.get(this._tree))&&n.overlay){let s=e-this.from,i=r&h.EnterBracketed&&n.bracketed;for(let{from:e,to:r}of n.overlay){if((t>0||i?e<=s:e<s)&&(t<0||i?r>=s:r>s))return new TreeNode(n.tree,n.overlay[0].from+this.from,-1,this)}}return this.nextChild(0,1,e,t,r)}nextSignificantParent(){let e=this;while(e.type.isAnonymous&&e._parent)e=e._parent;return e}get parent(){return this._parent?this._parent.nextSignificantParent():null}get nextSibling(){return this._parent&&this.index>=0?this._parent.nextChild(this.index+1,1,0,4):null}get prevSibling(){return this._parent&&this.index>=0?this._parent.nextChild(this.index-1,-1,0,4):null}get tree(){return this._tree}toTree(){return this._tree}toString(){return this._tree.toString()}}function getChildren(e,t,r,n){let s=e.cursor(),i=[];if(!s.firstChild())return i;if(r!=null)for(let e=false;!e;){e=s.type.is(r);if(!s.nextSibling())return i}for(;;){if(n!=null&&s.type.is(n))return i;if(s.type.is(t))i.push(s.node);if(!s.nextSibling())return n==null?i:[]}}function matchNodeContext(e,t,r=t.length-1){for(let n=e;r>=0;n=n.parent){if(!n)return false;if(!n.type.isAnonymous){if(t[r]&&t[r]!=n.name)return false;r--}}return true}class BufferContext{constructor(e,t,r,n){this.parent=e;this.buffer=t;this.index=r;this.start=n}}class BufferNode extends BaseNode{get name(){return this.type.name}get from(){return this.context.start+this.context.buffer.buffer[this.index+1]}get to(){return this.context.start+this.context.buffer.buffer[this.index+2]}constructor(e,t,r){super();this.context=e;this._parent=t;this.index=r;this.type=e.buffer.set.types[e.buffer.buffer[r]]}child(e,t,r){let{buffer:n}=this.context;let s=n.findChild(this.index+4,n.buffer[this.index+3],e,t-this.context.start,r);return s<0?null:new BufferNode(this.context,this,s)}get firstChild(){return this.child(1,0,4)}get lastChild(){return this.child(-1,0,4)}childAfter(e){return this.child(1,e,2)}childBefore(e){return this.child(-1,e,-2)}prop(e){return this.type.prop(e)}enter(e,t,r=0){if(r&h.ExcludeBuffers)return null;let{buffer:n}=this.context;let s=n.findChild(this.index+4,n.buffer[this.index+3],t>0?1:-1,e-this.context.start,t);return s<0?null:new BufferNode(this.context,this,s)}get parent(){return this._parent||this.context.parent.nextSignificantParent()}externalSibling(e){return this._parent?null:this.context.parent.nextChild(this.context.index+e,e,0,4)}get nextSibling(){let{buffer:e}=this.context;let t=e.buffer[this.index+3];if(t<(this._parent?e.buffer[this._parent.index+3]:e.buffer.length))return new BufferNode(this.context,this._parent,t);return this.externalSibling(1)}get prevSibling(){let{buffer:e}=this.context;let t=this._parent?this._parent.index+4:0;if(this.index==t)return this.externalSibling(-1);return new BufferNode(this.context,this._parent,e.findChild(t,this.index,-1,0,4))}get tree(){return null}toTree(){let e=[],t=[];let{buffer:r}=this.context;let n=this.index+4,s=r.buffer[this.index+3];if(s>n){let i=r.buffer[this.index+1];e.push(r.slice(n,s,i));t.push(0)}return new Tree(this.type,e,t,this.to-this.from)}toString(){return this.context.buffer.childString(this.index)}}function iterStack(e){if(!e.length)return null;let t=0,r=e[0];for(let n=1;n<e.length;n++){let s=e[n];if(s.from>r.from||s.to<r.to){r=s;t=n}}let n=r instanceof TreeNode&&r.index<0?null:r.parent;let s=e.slice();if(n)s[t]=n;else s.splice(t,1);return new StackIterator(s,r)}class StackIterator{constructor(e,t){this.heads=e;this.node=t}get next(){return iterStack(this.heads)}}function stackIterator(e,t,r){let n=e.resolveInner(t,r),s=null;for(let e=n instanceof TreeNode?n:n.context.parent;e;e=e.parent){if(e.index<0){let i=e.parent;(s||(s=[n])).push(i.resolve(t,r));e=i}else{let i=MountedTree.get(e.tree);if(i&&i.overlay&&i.overlay[0].from<=t&&i.overlay[i.overlay.length-1].to>=t){let o=new TreeNode(i.tree,i.overlay[0].from+e.from,-1,e);(s||(s=[n])).push(resolveNode(o,t,r,false))}}}return s?iterStack(s):n}class TreeCursor{get name(){return this.type.name}constructor(e,t=0){this.buffer=null;this.stack=[];this.index=0;this.bufferNode=null;this.mode=t&~h.EnterBracketed;if(e instanceof TreeNode){this.yieldNode(e)}else{this._tree=e.context.parent;this.buffer=e.context;for(let t=e._parent;t;t=t._parent)this.stack.unshift(t.index);this.bufferNode=e;this.yieldBuf(e.index)}}yieldNode(e){if(!e)return false;this._tree=e;this.type=e.type;this.from=e.from;this.to=e.to;return true}yieldBuf(e,t){this.index=e;let{start:r,buffer:n}=this.buffer;this.type=t||n.set.types[n.buffer[e]];this.from=r+n.buffer[e+1];this.to=r+n.buffer[e+2];return true}yield(e){if(!e)return false;if(e instanceof TreeNode){this.buffer=null;return this.yieldNode(e)}this.buffer=e.context;return this.yieldBuf(e.index,e.type)}toString(){return this.buffer?this.buffer.buffer.childString(this.index):this._tree.toString()}enterChild(e,t,r){if(!this.buffer)return this.yield(this._tree.nextChild(e<0?this._tree._tree.children.length-1:0,e,t,r,this.mode));let{buffer:n}=this.buffer;let s=n.findChild(this.index+4,n.buffer[this.index+3],e,t-this.buffer.start,r);if(s<0)return false;this.stack.push(this.index);return this.yieldBuf(s)}firstChild(){return this.enterChild(1,0,4)}lastChild(){return this.enterChild(-1,0,4)}childAfter(e){return this.enterChild(1,e,2)}childBefore(e){return this.enterChild(-1,e,-2)}enter(e,t,r=this.mode){if(!this.buffer)return this.yield(this._tree.enter(e,t,r));return r&h.ExcludeBuffers?false:this.enterChild(1,e,t)}parent(){if(!this.buffer)return this.yieldNode(this.mode&h.IncludeAnonymous?this._tree._parent:this._tree.parent);if(this.stack.length)return this.yieldBuf(this.stack.pop());let e=this.mode&h.IncludeAnonymous?this.buffer.parent:this.buffer.parent.nextSignificantParent();this.buffer=null;return this.yieldNode(e)}sibling(e){if(!this.buffer)return!this._tree._parent?false:this.yield(this._tree.index<0?null:this._tree._parent.nextChild(this._tree.index+e,e,0,4,this.mode));let{buffer:t}=this.buffer,r=this.stack.length-1;if(e<0){let e=r<0?0:this.stack[r]+4;if(this.index!=e)return this.yieldBuf(t.findChild(e,this.index,-1,0,4))}else{let e=t.buffer[this.index+3];if(e<(r<0?t.buffer.length:t.buffer[this.stack[r]+3]))return this.yieldBuf(e)}return r<0?this.yield(this.buffer.parent.nextChild(this.buffer.index+e,e,0,4,this.mode)):false}nextSibling(){return this.sibling(1)}prevSibling(){return this.sibling(-1)}atLastNode(e){let t,r,{buffer:n}=this;if(n){if(e>0){if(this.index<n.buffer.buffer.length)return false}else{for(let e=0;e<this.index;e++)if(n.buffer.buffer[e+3]<this.index)return false}({index:t,parent:r}=n)}else{({index:t,_parent:r}=this._tree)}for(;r;({index:t,_parent:r}=r)){if(t>-1)for(let n=t+e,s=e<0?-1:r._tree.children.length;n!=s;n+=e){let e=r._tree.children[n];if(this.mode&h.IncludeAnonymous||e instanceof TreeBuffer||!e.type.isAnonymous||hasChild(e))return false}}return true}move(e,t){if(t&&this.enterChild(e,0,4))return true;for(;;){if(this.sibling(e))return true;if(this.atLastNode(e)||!this.parent())return false}}next(e=true){return this.move(1,e)}prev(e=true){return this.move(-1,e)}moveTo(e,t=0){while(this.from==this.to||(t<1?this.from>=e:this.from>e)||(t>-1?this.to<=e:this.to<e))if(!this.parent())break;while(this.enterChild(1,e,t)){}return this}get node(){if(!this.buffer)return this._tree;let e=this.bufferNode,t=null,r=0;if(e&&e.context==this.buffer){e:for(let n=this.index,s=this.stack.length;s>=0;){for(let i=e;i;i=i._parent)if(i.index==n){if(n==this.index)return i;t=i;r=s+1;break e}n=this.stack[--s]}}for(let e=r;e<this.stack.length;e++)t=new BufferNode(this.buffer,t,this.stack[e]);return this.bufferNode=new BufferNode(this.buffer,t,this.index)}get tree(){return this.buffer?null:this._tree._tree}iterate(e,t){for(let r=0;;){let n=false;if(this.type.isAnonymous||e(this)!==false){if(this.firstChild()){r++;continue}if(!this.type.isAnonymous)n=true}for(;;){if(n&&t)t(this);n=this.type.isAnonymous;if(!r)return;if(this.nextSibling())break;this.parent();r--;n=true}}}matchContext(e){if(!this.buffer)return matchNodeContext(this.node.parent,e);let{buffer:t}=this.buffer,{types:r}=t.set;for(let n=e.length-1,s=this.stack.length-1;n>=0;s--){if(s<0)return matchNodeContext(this._tree,e,n);let i=r[t.buffer[this.stack[s]]];if(!i.isAnonymous){if(e[n]&&e[n]!=i.name)return false;n--}}return true}}function hasChild(e){return e.children.some(e=>e instanceof TreeBuffer||!e.type.isAnonymous||hasChild(e))}function buildTree(e){var t;let{buffer:r,nodeSet:n,maxBufferLength:s=l,reused:i=[],minRepeatType:o=n.types.length}=e;let a=Array.isArray(r)?new FlatBufferCursor(r,r.length):r;let c=n.types;let u=0,f=0;function takeNode(e,t,r,l,p,d){let{id:h,start:m,end:g,size:v}=a;let y=f,b=u;if(v<0){a.next();if(v==-1){let t=i[h];r.push(t);l.push(m-e);return}else if(v==-3){u=h;return}else if(v==-4){f=h;return}else{throw new RangeError(`Unrecognized record size: ${v}`)}}let O=c[h],w,x;let k=m-e;if(g-m<=s&&(x=findBufferSize(a.pos-t,p))){let t=new Uint16Array(x.size-x.skip);let r=a.pos-x.size,s=t.length;while(a.pos>r)s=copyToBuffer(x.start,t,s);w=new TreeBuffer(t,g-x.start,n);k=x.start-e}else{let e=a.pos-v;a.next();let t=[],r=[];let c=h>=o?h:-1;let l=0,u=g,p=y;while(a.pos>e){if(c>=0&&a.id==c&&a.size>=0){if(a.end<=u-s){makeRepeatLeaf(t,r,m,l,a.end,u,c,p,b);l=t.length;u=a.end;p=f}a.next()}else if(d>2500){takeFlatNode(m,e,t,r)}else{if(c>=0&&a.size==-1&&i[a.id].type==n.types[c]){if(l<t.length)makeRepeatLeaf(t,r,m,l,a.end,u,c,p,b);l=t.length+1;u=a.start;p=f}takeNode(m,e,t,r,c,d+1)}}if(c>=0&&l>0&&l<t.length)makeRepeatLeaf(t,r,m,l,m,u,c,p,b);t.reverse();r.reverse();if(c>-1&&l>0){let e=makeBalanced(O,b);w=balanceRange(O,t,r,0,t.length,0,g-m,e,e)}else{w=makeTree(O,t,r,g-m,y-g,b)}}r.push(w);l.push(k)}function takeFlatNode(e,t,r,i){let o=[];let c=0,l=-1;while(a.pos>t){let{id:e,start:t,end:r,size:n}=a;if(n>4){a.next()}else if(l>-1&&t<l){break}else{if(l<0)l=r-s;o.push(e,t,r);c++;a.next()}}if(c){let t=new Uint16Array(c*4);let s=o[o.length-2];for(let e=o.length-3,r=0;e>=0;e-=3){t[r++]=o[e];t[r++]=o[e+1]-s;t[r++]=o[e+2]-s;t[r++]=r}r.push(new TreeBuffer(t,o[2]-s,n));i.push(s-e)}}function makeBalanced(e,t){return(r,n,s)=>{let i=0,o=r.length-1,a,c;if(o>=0&&(a=r[o])instanceof Tree){if(!o&&a.type==e&&a.length==s)return a;if(c=a.prop(dist_NodeProp.lookAhead))i=n[o]+a.length+c-s}return makeTree(e,r,n,s,i,t)}}function makeRepeatLeaf(e,t,r,s,i,o,a,c,l){let u=[],f=[];while(e.length>s){u.push(e.pop());f.push(t.pop()+r-i)}e.push(makeTree(n.types[a],u,f,o-i,c-o,l));t.push(i-r)}function makeTree(e,t,r,n,s,i,o){if(i){let e=[dist_NodeProp.contextHash,i];o=o?[e].concat(o):[e]}if(s>25){let e=[dist_NodeProp.lookAhead,s];o=o?[e].concat(o):[e]}return new Tree(e,t,r,n,o)}function findBufferSize(e,t){let r=a.fork();let n=0,i=0,c=0,l=r.end-s;let u={size:0,start:0,skip:0};e:for(let s=r.pos-e;r.pos>s;){let e=r.size;if(r.id==t&&e>=0){u.size=n;u.start=i;u.skip=c;c+=4;n+=4;r.next();continue}let a=r.pos-e;if(e<0||a<s||r.start<l)break;let f=r.id>=o?4:0;let p=r.start;r.next();while(r.pos>a){if(r.size<0){if(r.size==-3||r.size==-4)f+=4;else break e}else if(r.id>=o){f+=4}r.next()}i=p;n+=e;c+=f}if(t<0||n==e){u.size=n;u.start=i;u.skip=c}return u.size>4?u:undefined}function copyToBuffer(e,t,r){let{id:n,start:s,end:i,size:c}=a;a.next();if(c>=0&&n<o){let o=r;if(c>4){let n=a.pos-(c-4);while(a.pos>n)r=copyToBuffer(e,t,r)}t[--r]=o;t[--r]=i-e;t[--r]=s-e;t[--r]=n}else if(c==-3){u=n}else if(c==-4){f=n}return r}let p=[],d=[];while(a.pos>0)takeNode(e.start||0,e.bufferStart||0,p,d,-1,0);let h=(t=e.length)!==null&&t!==void 0?t:p.length?d[0]+p[0].length:0;return new Tree(c[e.topID],p.reverse(),d.reverse(),h)}const m=new WeakMap;function nodeSize(e,t){if(!e.isAnonymous||t instanceof TreeBuffer||t.type!=e)return 1;let r=m.get(t);if(r==null){r=1;for(let n of t.children){if(n.type!=e||!(n instanceof Tree)){r=1;break}r+=nodeSize(e,n)}m.set(t,r)}return r}function balanceRange(e,t,r,n,s,i,o,a,c){let l=0;for(let r=n;r<s;r++)l+=nodeSize(e,t[r]);let u=Math.ceil(l*1.5/8);let f=[],p=[];function divide(t,r,n,s,o){for(let a=n;a<s;){let n=a,l=r[a],d=nodeSize(e,t[a]);a++;for(;a<s;a++){let r=nodeSize(e,t[a]);if(d+r>=u)break;d+=r}if(a==n+1){if(d>u){let e=t[n];divide(e.children,e.positions,0,e.children.length,r[n]+o);continue}f.push(t[n])}else{let s=r[a-1]+t[a-1].length-l;f.push(balanceRange(e,t,r,n,a,l,s,null,c))}p.push(l+o-i)}}divide(t,r,n,s,0);return(a||c)(f,p,o)}class NodeWeakMap{constructor(){this.map=new WeakMap}setBuffer(e,t,r){let n=this.map.get(e);if(!n)this.map.set(e,n=new Map);n.set(t,r)}getBuffer(e,t){let r=this.map.get(e);return r&&r.get(t)}set(e,t){if(e instanceof BufferNode)this.setBuffer(e.context.buffer,e.index,t);else if(e instanceof TreeNode)this.map.set(e.tree,t)}get(e){return e instanceof BufferNode?this.getBuffer(e.context.buffer,e.index):e instanceof TreeNode?this.map.get(e.tree):undefined}cursorSet(e,t){if(e.buffer)this.setBuffer(e.buffer.buffer,e.index,t);else this.map.set(e.tree,t)}cursorGet(e){return e.buffer?this.getBuffer(e.buffer.buffer,e.index):this.map.get(e.tree)}}class TreeFragment{constructor(e,t,r,n,s=false,i=false){this.from=e;this.to=t;this.tree=r;this.offset=n;this.open=(s?1:0)|(i?2:0)}get openStart(){return(this.open&1)>0}get openEnd(){return(this.open&2)>0}static addTree(e,t=[],r=false){let n=[new TreeFragment(0,e.length,e,0,false,r)];for(let r of t)if(r.to>e.length)n.push(r);return n}static applyChanges(e,t,r=128){if(!t.length)return e;let n=[];let s=1,i=e.length?e[0]:null;for(let o=0,a=0,c=0;;o++){let l=o<t.length?t[o]:null;let u=l?l.fromA:1e9;if(u-a>=r)while(i&&i.from<u){let t=i;if(a>=t.from||u<=t.to||c){let e=Math.max(t.from,a)-c,r=Math.min(t.to,u)-c;t=e>=r?null:new TreeFragment(e,r,t.tree,t.offset+c,o>0,!!l)}if(t)n.push(t);if(i.to>u)break;i=s<e.length?e[s++]:null}if(!l)break;a=l.toA;c=l.toA-l.toB}return n}}class Parser{startParse(e,t,r){if(typeof e=="string")e=new StringInput(e);r=!r?[new Range(0,e.length)]:r.length?r.map(e=>new Range(e.from,e.to)):[new Range(0,0)];return this.createParse(e,t||[],r)}parse(e,t,r){let n=this.startParse(e,t,r);for(;;){let e=n.advance();if(e)return e}}}class StringInput{constructor(e){this.string=e}get length(){return this.string.length}chunk(e){return this.string.slice(e)}get lineChunks(){return false}read(e,t){return this.string.slice(e,t)}}function parseMixed(e){return(t,r,n,s)=>new MixedParse(t,e,r,n,s)}class InnerParse{constructor(e,t,r,n,s,i){this.parser=e;this.parse=t;this.overlay=r;this.bracketed=n;this.target=s;this.from=i}}function checkRanges(e){if(!e.length||e.some(e=>e.from>=e.to))throw new RangeError("Invalid inner parse ranges given: "+JSON.stringify(e))}class ActiveOverlay{constructor(e,t,r,n,s,i,o,a){this.parser=e;this.predicate=t;this.mounts=r;this.index=n;this.start=s;this.bracketed=i;this.target=o;this.prev=a;this.depth=0;this.ranges=[]}}const g=new dist_NodeProp({perNode:true});class MixedParse{constructor(e,t,r,n,s){this.nest=t;this.input=r;this.fragments=n;this.ranges=s;this.inner=[];this.innerDone=0;this.baseTree=null;this.stoppedAt=null;this.baseParse=e}advance(){if(this.baseParse){let e=this.baseParse.advance();if(!e)return null;this.baseParse=null;this.baseTree=e;this.startInner();if(this.stoppedAt!=null)for(let e of this.inner)e.parse.stopAt(this.stoppedAt)}if(this.innerDone==this.inner.length){let e=this.baseTree;if(this.stoppedAt!=null)e=new Tree(e.type,e.children,e.positions,e.length,e.propValues.concat([[g,this.stoppedAt]]));return e}let e=this.inner[this.innerDone],t=e.parse.advance();if(t){this.innerDone++;let r=Object.assign(Object.create(null),e.target.props);r[dist_NodeProp.mounted.id]=new MountedTree(t,e.overlay,e.parser,e.bracketed);e.target.props=r}return null}get parsedPos(){if(this.baseParse)return 0;let e=this.input.length;for(let t=this.innerDone;t<this.inner.length;t++){if(this.inner[t].from<e)e=Math.min(e,this.inner[t].parse.parsedPos)}return e}stopAt(e){this.stoppedAt=e;if(this.baseParse)this.baseParse.stopAt(e);else for(let t=this.innerDone;t<this.inner.length;t++)this.inner[t].parse.stopAt(e)}startInner(){let e=new FragmentCursor(this.fragments);let t=null;let r=null;let n=new TreeCursor(new TreeNode(this.baseTree,this.ranges[0].from,0,null),h.IncludeAnonymous|h.IgnoreMounts);e:for(let s,i;;){let o=true,a;if(this.stoppedAt!=null&&n.from>=this.stoppedAt){o=false}else if(e.hasNode(n)){if(t){let e=t.mounts.find(e=>e.frag.from<=n.from&&e.frag.to>=n.to&&e.mount.overlay);if(e)for(let r of e.mount.overlay){let s=r.from+e.pos,i=r.to+e.pos;if(s>=n.from&&i<=n.to&&!t.ranges.some(e=>e.from<i&&e.to>s))t.ranges.push({from:s,to:i})}}o=false}else if(r&&(i=checkCover(r.ranges,n.from,n.to))){o=i!=2}else if(!n.type.isAnonymous&&(s=this.nest(n,this.input))&&(n.from<n.to||!s.overlay)){if(!n.tree){materialize(n);if(t)t.depth++;if(r)r.depth++}let i=e.findMounts(n.from,s.parser);if(typeof s.overlay=="function"){t=new ActiveOverlay(s.parser,s.overlay,i,this.inner.length,n.from,!!s.bracketed,n.tree,t)}else{let e=punchRanges(this.ranges,s.overlay||(n.from<n.to?[new Range(n.from,n.to)]:[]));if(e.length)checkRanges(e);if(e.length||!s.overlay)this.inner.push(new InnerParse(s.parser,e.length?s.parser.startParse(this.input,enterFragments(i,e),e):s.parser.startParse(""),s.overlay?s.overlay.map(e=>new Range(e.from-n.from,e.to-n.from)):null,!!s.bracketed,n.tree,e.length?e[0].from:n.from));if(!s.overlay)o=false;else if(e.length)r={ranges:e,depth:0,prev:r}}}else if(t&&(a=t.predicate(n))){if(a===true)a=new Range(n.from,n.to);if(a.from<a.to){let e=t.ranges.length-1;if(e>=0&&t.ranges[e].to==a.from)t.ranges[e]={from:t.ranges[e].from,to:a.to};else t.ranges.push(a)}}if(o&&n.firstChild()){if(t)t.depth++;if(r)r.depth++}else{for(;;){if(n.nextSibling())break;if(!n.parent())break e;if(t&&! --t.depth){let e=punchRanges(this.ranges,t.ranges);if(e.length){checkRanges(e);this.inner.splice(t.index,0,new InnerParse(t.parser,t.parser.startParse(this.input,enterFragments(t.mounts,e),e),t.ranges.map(e=>new Range(e.from-t.start,e.to-t.start)),t.bracketed,t.target,e[0].from))}t=t.prev}if(r&&! --r.depth)r=r.prev}}}}}function checkCover(e,t,r){for(let n of e){if(n.from>=r)break;if(n.to>t)return n.from<=t&&n.to>=r?2:1}return 0}function sliceBuf(e,t,r,n,s,i){if(t<r){let o=e.buffer[t+1];n.push(e.slice(t,r,o));s.push(o-i)}}function materialize(e){let{node:t}=e,r=[];let n=t.context.buffer;do{r.push(e.index);e.parent()}while(!e.tree);let s=e.tree,i=s.children.indexOf(n);let o=s.children[i],a=o.buffer,c=[i];function split(e,n,s,i,l,u){let f=r[u];let p=[],d=[];sliceBuf(o,e,f,p,d,i);let h=a[f+1],m=a[f+2];c.push(p.length);let g=u?split(f+4,a[f+3],o.set.types[a[f]],h,m-h,u-1):t.toTree();p.push(g);d.push(h-i);sliceBuf(o,a[f+3],n,p,d,i);return new Tree(s,p,d,l)}s.children[i]=split(0,a.length,NodeType.none,0,o.length,r.length-1);for(let t of c){let r=e.tree.children[t],n=e.tree.positions[t];e.yield(new TreeNode(r,n+e.from,t,e._tree))}}class StructureCursor{constructor(e,t){this.offset=t;this.done=false;this.cursor=e.cursor(h.IncludeAnonymous|h.IgnoreMounts|h.ExcludeBuffers)}moveTo(e){let{cursor:t}=this,r=e-this.offset;while(!this.done&&t.from<r){if(t.to>=r&&t.enter(r,1,h.IncludeAnonymous|h.IgnoreMounts|h.IgnoreOverlays|h.ExcludeBuffers));else if(t.to<=r){if(!t.next(false))this.done=true}else{break}}}hasNode(e){this.moveTo(e.from);if(!this.done&&this.cursor.from+this.offset==e.from&&this.cursor.tree){for(let t=this.cursor.tree;;){if(t==e.tree)return true;if(t.children.length&&t.positions[0]==0&&t.children[0]instanceof Tree)t=t.children[0];else break}}return false}}function fragEnd(e){let t=e.tree.prop(g);return t==null?e.to:Math.min(e.to,t-e.offset)}class FragmentCursor{constructor(e){this.fragments=e;this.curTo=0;this.fragI=0;if(e.length){let t=this.curFrag=e[0];this.curTo=fragEnd(t);this.inner=new StructureCursor(t.tree,-t.offset)}else{this.curFrag=this.inner=null}}hasNode(e){while(this.curFrag&&e.from>=this.curTo)this.nextFrag();return this.curFrag&&this.curFrag.from<=e.from&&this.curTo>=e.to&&this.inner.hasNode(e)}nextFrag(){this.fragI++;if(this.fragI==this.fragments.length){this.curFrag=this.inner=null}else{let e=this.curFrag=this.fragments[this.fragI];this.curTo=fragEnd(e);this.inner=new StructureCursor(e.tree,-e.offset)}}findMounts(e,t){var r;let n=[];if(this.inner){this.inner.cursor.moveTo(e,1);for(let e=this.inner.cursor.node;e;e=e.parent){let s=(r=e.tree)===null||r===void 0?void 0:r.prop(dist_NodeProp.mounted);if(s&&s.parser==t){for(let t=this.fragI;t<this.fragments.length;t++){let r=this.fragments[t];if(r.from>=e.to)break;if(r.tree==this.curFrag.tree)n.push({frag:r,pos:e.from-r.offset,mount:s})}}}}return n}}function punchRanges(e,t){let r=null,n=t;for(let s=1,i=0;s<e.length;s++){let o=e[s-1].to,a=e[s].from;for(;i<n.length;i++){let e=n[i];if(e.from>=a)break;if(e.to<=o)continue;if(!r)n=r=t.slice();if(e.from<o){r[i]=new Range(e.from,o);if(e.to>a)r.splice(i+1,0,new Range(a,e.to))}else if(e.to>a){r[i--]=new Range(a,e.to)}else{r.splice(i--,1)}}}return n}function findCoverChanges(e,t,r,n){let s=0,i=0,o=false,a=false,c=-1e9;let l=[];for(;;){let u=s==e.length?1e9:o?e[s].to:e[s].from;let f=i==t.length?1e9:a?t[i].to:t[i].from;if(o!=a){let e=Math.max(c,r),t=Math.min(u,f,n);if(e<t)l.push(new Range(e,t))}c=Math.min(u,f);if(c==1e9)break;if(u==c){if(!o)o=true;else{o=false;s++}}if(f==c){if(!a)a=true;else{a=false;i++}}}return l}function enterFragments(e,t){let r=[];for(let{pos:n,mount:s,frag:i}of e){let e=n+(s.overlay?s.overlay[0].from:0),o=e+s.tree.length;let a=Math.max(i.from,e),c=Math.min(i.to,o);if(s.overlay){let o=s.overlay.map(e=>new Range(e.from+n,e.to+n));let l=findCoverChanges(t,o,a,c);for(let t=0,n=a;;t++){let o=t==l.length,a=o?c:l[t].from;if(a>n)r.push(new TreeFragment(n,a,s.tree,-e,i.from>=n||i.openStart,i.to<=a||i.openEnd));if(o)break;n=l[t].to}}else{r.push(new TreeFragment(a,c,s.tree,-e,i.from>=e||i.openStart,i.to<=o||i.openEnd))}}return r}class Stack{constructor(e,t,r,n,s,i,o,a,c,l=0,u){this.p=e;this.stack=t;this.state=r;this.reducePos=n;this.pos=s;this.score=i;this.buffer=o;this.bufferBase=a;this.curContext=c;this.lookAhead=l;this.parent=u}toString(){return`[${this.stack.filter((e,t)=>t%3==0).concat(this.state)}]@${this.pos}${this.score?"!"+this.score:""}`}static start(e,t,r=0){let n=e.parser.context;return new Stack(e,[],t,r,r,0,[],0,n?new StackContext(n,n.start):null,0,null)}get context(){return this.curContext?this.curContext.context:null}pushState(e,t){this.stack.push(this.state,t,this.bufferBase+this.buffer.length);this.state=e}reduce(e){var t;let r=e>>19,n=e&65535;let{parser:s}=this.p;let i=this.reducePos<this.pos-25&&this.setLookAhead(this.pos);let o=s.dynamicPrecedence(n);if(o)this.score+=o;if(r==0){if(n<s.minRepeatTerm&&this.reducePos<this.pos)this.reducePos=this.pos;this.pushState(s.getGoto(this.state,n,true),this.reducePos);if(n<s.minRepeatTerm)this.storeNode(n,this.reducePos,this.reducePos,i?8:4,true);this.reduceContext(n,this.reducePos);return}let a=this.stack.length-(r-1)*3-(e&262144?6:0);let c=a?this.stack[a-2]:this.p.ranges[0].from;if(n<s.minRepeatTerm&&c==this.reducePos&&this.reducePos<this.pos)this.reducePos=this.pos;let l=this.reducePos-c;if(l>=2e3&&!((t=this.p.parser.nodeSet.types[n])===null||t===void 0?void 0:t.isAnonymous)){if(c==this.p.lastBigReductionStart){this.p.bigReductionCount++;this.p.lastBigReductionSize=l}else if(this.p.lastBigReductionSize<l){this.p.bigReductionCount=1;this.p.lastBigReductionStart=c;this.p.lastBigReductionSize=l}}let u=a?this.stack[a-1]:0,f=this.bufferBase+this.buffer.length-u;if(n<s.minRepeatTerm||e&131072){let e=s.stateFlag(this.state,1)?this.pos:this.reducePos;this.storeNode(n,c,e,f+4,true)}if(e&262144){this.state=this.stack[a]}else{let e=this.stack[a-3];this.state=s.getGoto(e,n,true)}while(this.stack.length>a)this.stack.pop();this.reduceContext(n,c)}storeNode(e,t,r,n=4,s=false){if(e==0&&(!this.stack.length||this.stack[this.stack.length-1]<this.buffer.length+this.bufferBase)){let e=this.buffer.length;if(e>0&&this.buffer[e-4]==0&&this.buffer[e-1]>-1){if(t==r)return;if(this.buffer[e-2]>=t){this.buffer[e-2]=r;return}}}if(!s||this.pos==r){this.buffer.push(e,t,r,n)}else{let s=this.buffer.length;if(s>0&&(this.buffer[s-4]!=0||this.buffer[s-1]<0)){let e=false;for(let t=s;t>0&&this.buffer[t-2]>r;t-=4){if(this.buffer[t-1]>=0){e=true;break}}if(e)while(s>0&&this.buffer[s-2]>r){this.buffer[s]=this.buffer[s-4];this.buffer[s+1]=this.buffer[s-3];this.buffer[s+2]=this.buffer[s-2];this.buffer[s+3]=this.buffer[s-1];s-=4;if(n>4)n-=4}}this.buffer[s]=e;this.buffer[s+1]=t;this.buffer[s+2]=r;this.buffer[s+3]=n}}shift(e,t,r,n){if(e&131072){this.pushState(e&65535,this.pos)}else if((e&262144)==0){let s=e,{parser:i}=this.p;this.pos=n;let o=i.stateFlag(s,1);if(!o&&(n>r||t<=i.maxNode))this.reducePos=n;this.pushState(s,o?r:Math.min(r,this.reducePos));this.shiftContext(t,r);if(t<=i.maxNode)this.buffer.push(t,r,n,4)}else{this.pos=n;this.shiftContext(t,r);if(t<=this.p.parser.maxNode)this.buffer.push(t,r,n,4)}}apply(e,t,r,n){if(e&65536)this.reduce(e);else this.shift(e,t,r,n)}useNode(e,t,r){let n=this.p.reused.length-1;if(n<0||this.p.reused[n]!=e){this.p.reused.push(e);n++}let s=this.reducePos=this.pos=r+e.length;this.pushState(t,r);this.buffer.push(n,r,s,-1);if(this.curContext)this.updateContext(this.curContext.tracker.reuse(this.curContext.context,e,this,this.p.stream.reset(this.pos-e.length)))}split(){let e=this;let t=e.buffer.length;if(t&&e.buffer[t-4]==0)t-=4;while(t>0&&e.buffer[t-2]>e.reducePos)t-=4;let r=e.buffer.slice(t),n=e.bufferBase+t;while(e&&n==e.bufferBase)e=e.parent;return new Stack(this.p,this.stack.slice(),this.state,this.reducePos,this.pos,this.score,r,n,this.curContext,this.lookAhead,e)}recoverByDelete(e,t){let r=e<=this.p.parser.maxNode;if(r)this.storeNode(e,this.pos,t,4);this.storeNode(0,this.pos,t,r?8:4);this.pos=this.reducePos=t;this.score-=190}canShift(e){for(let t=new SimulatedStack(this);;){let r=this.p.parser.stateSlot(t.state,4)||this.p.parser.hasAction(t.state,e);if(r==0)return false;if((r&65536)==0)return true;t.reduce(r)}}recoverByInsert(e){if(this.stack.length>=300)return[];let t=this.p.parser.nextStates(this.state);if(t.length>4<<1||this.stack.length>=120){let r=[];for(let n=0,s;n<t.length;n+=2){if((s=t[n+1])!=this.state&&this.p.parser.hasAction(s,e))r.push(t[n],s)}if(this.stack.length<120)for(let e=0;r.length<4<<1&&e<t.length;e+=2){let n=t[e+1];if(!r.some((e,t)=>t&1&&e==n))r.push(t[e],n)}t=r}let r=[];for(let e=0;e<t.length&&r.length<4;e+=2){let n=t[e+1];if(n==this.state)continue;let s=this.split();s.pushState(n,this.pos);s.storeNode(0,s.pos,s.pos,4,true);s.shiftContext(t[e],this.pos);s.reducePos=this.pos;s.score-=200;r.push(s)}return r}forceReduce(){let{parser:e}=this.p;let t=e.stateSlot(this.state,5);if((t&65536)==0)return false;if(!e.validAction(this.state,t)){let r=t>>19,n=t&65535;let s=this.stack.length-r*3;if(s<0||e.getGoto(this.stack[s],n,false)<0){let e=this.findForcedReduction();if(e==null)return false;t=e}this.storeNode(0,this.pos,this.pos,4,true);this.score-=100}this.reducePos=this.pos;this.reduce(t);return true}findForcedReduction(){let{parser:e}=this.p,t=[];let explore=(r,n)=>{if(t.includes(r))return;t.push(r);return e.allActions(r,t=>{if(t&(262144|131072));else if(t&65536){let r=(t>>19)-n;if(r>1){let n=t&65535,s=this.stack.length-r*3;if(s>=0&&e.getGoto(this.stack[s],n,false)>=0)return r<<19|65536|n}}else{let e=explore(t,n+1);if(e!=null)return e}})};return explore(this.state,0)}forceAll(){while(!this.p.parser.stateFlag(this.state,2)){if(!this.forceReduce()){this.storeNode(0,this.pos,this.pos,4,true);break}}return this}get deadEnd(){if(this.stack.length!=3)return false;let{parser:e}=this.p;return e.data[e.stateSlot(this.state,1)]==65535&&!e.stateSlot(this.state,4)}restart(){this.storeNode(0,this.pos,this.pos,4,true);this.state=this.stack[0];this.stack.length=0}sameState(e){if(this.state!=e.state||this.stack.length!=e.stack.length)return false;for(let t=0;t<this.stack.length;t+=3)if(this.stack[t]!=e.stack[t])return false;return true}get parser(){return this.p.parser}dialectEnabled(e){return this.p.parser.dialect.flags[e]}shiftContext(e,t){if(this.curContext)this.updateContext(this.curContext.tracker.shift(this.curContext.context,e,this,this.p.stream.reset(t)))}reduceContext(e,t){if(this.curContext)this.updateContext(this.curContext.tracker.reduce(this.curContext.context,e,this,this.p.stream.reset(t)))}emitContext(){let e=this.buffer.length-1;if(e<0||this.buffer[e]!=-3)this.storeNode(this.curContext.hash,this.reducePos,this.reducePos,-3,true)}emitLookAhead(){let e=this.buffer.length-1;if(e<0||this.buffer[e]!=-4)this.buffer.push(this.lookAhead,this.pos,this.pos,-4)}updateContext(e){if(e!=this.curContext.context){let t=new StackContext(this.curContext.tracker,e);if(t.hash!=this.curContext.hash)this.emitContext();this.curContext=t}}setLookAhead(e){if(e<=this.lookAhead)return false;this.emitLookAhead();this.lookAhead=e;return true}close(){if(this.curContext&&this.curContext.tracker.strict)this.emitContext();if(this.lookAhead>0)this.emitLookAhead()}}class StackContext{constructor(e,t){this.tracker=e;this.context=t;this.hash=e.strict?e.hash(t):0}}class SimulatedStack{constructor(e){this.start=e;this.state=e.state;this.stack=e.stack;this.base=this.stack.length}reduce(e){let t=e&65535,r=e>>19;if(r==0){if(this.stack==this.start.stack)this.stack=this.stack.slice();this.stack.push(this.state,0,0);this.base+=3}else{this.base-=(r-1)*3}let n=this.start.p.parser.getGoto(this.stack[this.base-3],t,true);this.state=n}}class StackBufferCursor{constructor(e,t,r){this.stack=e;this.pos=t;this.index=r;this.buffer=e.buffer;if(this.index==0)this.maybeNext()}static create(e,t=e.bufferBase+e.buffer.length){return new StackBufferCursor(e,t,t-e.bufferBase)}maybeNext(){let e=this.stack.parent;if(e!=null){this.index=this.stack.bufferBase-e.bufferBase;this.stack=e;this.buffer=e.buffer}}get id(){return this.buffer[this.index-4]}get start(){return this.buffer[this.index-3]}get end(){return this.buffer[this.index-2]}get size(){return this.buffer[this.index-1]}next(){this.index-=4;this.pos-=4;if(this.index==0)this.maybeNext()}fork(){return new StackBufferCursor(this.stack,this.pos,this.index)}}function decodeArray(e,t=Uint16Array){if(typeof e!="string")return e;let r=null;for(let n=0,s=0;n<e.length;){let i=0;for(;;){let t=e.charCodeAt(n++),r=false;if(t==126){i=65535;break}if(t>=92)t--;if(t>=34)t--;let s=t-32;if(s>=46){s-=46;r=true}i+=s;if(r)break;i*=46}if(r)r[s++]=i;else r=new t(i)}return r}class CachedToken{constructor(){this.start=-1;this.value=-1;this.end=-1;this.extended=-1;this.lookAhead=0;this.mask=0;this.context=0}}const v=new CachedToken;class InputStream{constructor(e,t){this.input=e;this.ranges=t;this.chunk="";this.chunkOff=0;this.chunk2="";this.chunk2Pos=0;this.next=-1;this.token=v;this.rangeIndex=0;this.pos=this.chunkPos=t[0].from;this.range=t[0];this.end=t[t.length-1].to;this.readNext()}resolveOffset(e,t){let r=this.range,n=this.rangeIndex;let s=this.pos+e;while(s<r.from){if(!n)return null;let e=this.ranges[--n];s-=r.from-e.to;r=e}while(t<0?s>r.to:s>=r.to){if(n==this.ranges.length-1)return null;let e=this.ranges[++n];s+=e.from-r.to;r=e}return s}clipPos(e){if(e>=this.range.from&&e<this.range.to)return e;for(let t of this.ranges)if(t.to>e)return Math.max(e,t.from);return this.end}peek(e){let t=this.chunkOff+e,r,n;if(t>=0&&t<this.chunk.length){r=this.pos+e;n=this.chunk.charCodeAt(t)}else{let t=this.resolveOffset(e,1);if(t==null)return-1;r=t;if(r>=this.chunk2Pos&&r<this.chunk2Pos+this.chunk2.length){n=this.chunk2.charCodeAt(r-this.chunk2Pos)}else{let e=this.rangeIndex,t=this.range;while(t.to<=r)t=this.ranges[++e];this.chunk2=this.input.chunk(this.chunk2Pos=r);if(r+this.chunk2.length>t.to)this.chunk2=this.chunk2.slice(0,t.to-r);n=this.chunk2.charCodeAt(0)}}if(r>=this.token.lookAhead)this.token.lookAhead=r+1;return n}acceptToken(e,t=0){let r=t?this.resolveOffset(t,-1):this.pos;if(r==null||r<this.token.start)throw new RangeError("Token end out of bounds");this.token.value=e;this.token.end=r}acceptTokenTo(e,t){this.token.value=e;this.token.end=t}getChunk(){if(this.pos>=this.chunk2Pos&&this.pos<this.chunk2Pos+this.chunk2.length){let{chunk:e,chunkPos:t}=this;this.chunk=this.chunk2;this.chunkPos=this.chunk2Pos;this.chunk2=e;this.chunk2Pos=t;this.chunkOff=this.pos-this.chunkPos}else{this.chunk2=this.chunk;this.chunk2Pos=this.chunkPos;let e=this.input.chunk(this.pos);let t=this.pos+e.length;this.chunk=t>this.range.to?e.slice(0,this.range.to-this.pos):e;this.chunkPos=this.pos;this.chunkOff=0}}readNext(){if(this.chunkOff>=this.chunk.length){this.getChunk();if(this.chunkOff==this.chunk.length)return this.next=-1}return this.next=this.chunk.charCodeAt(this.chunkOff)}advance(e=1){this.chunkOff+=e;while(this.pos+e>=this.range.to){if(this.rangeIndex==this.ranges.length-1)return this.setDone();e-=this.range.to-this.pos;this.range=this.ranges[++this.rangeIndex];this.pos=this.range.from}this.pos+=e;if(this.pos>=this.token.lookAhead)this.token.lookAhead=this.pos+1;return this.readNext()}setDone(){this.pos=this.chunkPos=this.end;this.range=this.ranges[this.rangeIndex=this.ranges.length-1];this.chunk="";return this.next=-1}reset(e,t){if(t){this.token=t;t.start=e;t.lookAhead=e+1;t.value=t.extended=-1}else{this.token=v}if(this.pos!=e){this.pos=e;if(e==this.end){this.setDone();return this}while(e<this.range.from)this.range=this.ranges[--this.rangeIndex];while(e>=this.range.to)this.range=this.ranges[++this.rangeIndex];if(e>=this.chunkPos&&e<this.chunkPos+this.chunk.length){this.chunkOff=e-this.chunkPos}else{this.chunk="";this.chunkOff=0}this.readNext()}return this}read(e,t){if(e>=this.chunkPos&&t<=this.chunkPos+this.chunk.length)return this.chunk.slice(e-this.chunkPos,t-this.chunkPos);if(e>=this.chunk2Pos&&t<=this.chunk2Pos+this.chunk2.length)return this.chunk2.slice(e-this.chunk2Pos,t-this.chunk2Pos);if(e>=this.range.from&&t<=this.range.to)return this.input.read(e,t);let r="";for(let n of this.ranges){if(n.from>=t)break;if(n.to>e)r+=this.input.read(Math.max(n.from,e),Math.min(n.to,t))}return r}}class TokenGroup{constructor(e,t){this.data=e;this.id=t}token(e,t){let{parser:r}=t.p;readToken(this.data,e,t,this.id,r.data,r.tokenPrecTable)}}TokenGroup.prototype.contextual=TokenGroup.prototype.fallback=TokenGroup.prototype.extend=false;class LocalTokenGroup{constructor(e,t,r){this.precTable=t;this.elseToken=r;this.data=typeof e=="string"?decodeArray(e):e}token(e,t){let r=e.pos,n=0;for(;;){let r=e.next<0,s=e.resolveOffset(1,1);readToken(this.data,e,t,0,this.data,this.precTable);if(e.token.value>-1)break;if(this.elseToken==null)return;if(!r)n++;if(s==null)break;e.reset(s,e.token)}if(n){e.reset(r,e.token);e.acceptToken(this.elseToken,n)}}}LocalTokenGroup.prototype.contextual=TokenGroup.prototype.fallback=TokenGroup.prototype.extend=false;class ExternalTokenizer{constructor(e,t={}){this.token=e;this.contextual=!!t.contextual;this.fallback=!!t.fallback;this.extend=!!t.extend}}function readToken(e,t,r,n,s,i){let o=0,a=1<<n,{dialect:c}=r.p.parser;e:for(;;){if((a&e[o])==0)break;let r=e[o+1];for(let n=o+3;n<r;n+=2)if((e[n+1]&a)>0){let r=e[n];if(c.allows(r)&&(t.token.value==-1||t.token.value==r||overrides(r,t.token.value,s,i))){t.acceptToken(r);break}}let n=t.next,l=0,u=e[o+2];if(t.next<0&&u>l&&e[r+u*3-3]==65535){o=e[r+u*3-1];continue e}for(;l<u;){let s=l+u>>1;let i=r+s+(s<<1);let a=e[i],c=e[i+1]||65536;if(n<a)u=s;else if(n>=c)l=s+1;else{o=e[i+2];t.advance();continue e}}break}}function findOffset(e,t,r){for(let n=t,s;(s=e[n])!=65535;n++)if(s==r)return n-t;return-1}function overrides(e,t,r,n){let s=findOffset(r,n,t);return s<0||findOffset(r,n,e)<s}const y=typeof process!="undefined"&&process.env&&/\bparse\b/.test(process.env.LOG);let b=null;function cutAt(e,t,r){let n=e.cursor(h.IncludeAnonymous);n.moveTo(t);for(;;){if(!(r<0?n.childBefore(t):n.childAfter(t)))for(;;){if((r<0?n.to<t:n.from>t)&&!n.type.isError)return r<0?Math.max(0,Math.min(n.to-1,t-25)):Math.min(e.length,Math.max(n.from+1,t+25));if(r<0?n.prevSibling():n.nextSibling())break;if(!n.parent())return r<0?0:e.length}}}class dist_FragmentCursor{constructor(e,t){this.fragments=e;this.minRepeat=t;this.i=0;this.fragment=null;this.safeFrom=-1;this.safeTo=-1;this.trees=[];this.start=[];this.index=[];this.lastRepeat=null;this.lastRepeatPos=-1;this.nextFragment()}nextFragment(){let e=this.fragment=this.i==this.fragments.length?null:this.fragments[this.i++];if(e){this.safeFrom=e.openStart?cutAt(e.tree,e.from+e.offset,1)-e.offset:e.from;this.safeTo=e.openEnd?cutAt(e.tree,e.to+e.offset,-1)-e.offset:e.to;while(this.trees.length){this.trees.pop();this.start.pop();this.index.pop()}this.trees.push(e.tree);this.start.push(-e.offset);this.index.push(0);this.nextStart=this.safeFrom}else{this.nextStart=1e9}}nodeAt(e){if(e<this.nextStart)return null;while(this.fragment&&this.safeTo<=e)this.nextFragment();if(!this.fragment)return null;for(;;){let t=this.trees.length-1;if(t<0){this.nextFragment();return null}if(e<this.safeFrom)return null;let r=this.trees[t],n=this.index[t];if(n==r.children.length){this.trees.pop();this.start.pop();this.index.pop();continue}let s=r.children[n];let i=this.start[t]+r.positions[n];if(i>e){this.nextStart=i;return null}if(s instanceof Tree){let r=i>this.lastRepeatPos&&s.type.id>=this.minRepeat;if(i==e||r){let t=i+s.length,n;if(i>=this.safeFrom&&t<=this.safeTo&&(!(n=s.prop(dist_NodeProp.lookAhead))||t+n<this.fragment.to)){if(r){this.lastRepeat=s;this.lastRepeatPos=i}if(i==e)return s}}this.index[t]++;if(i+s.length>=Math.max(this.safeFrom,e)){this.trees.push(s);this.start.push(i);this.index.push(0)}}else{this.index[t]++;this.nextStart=i+s.length}}}}class TokenCache{constructor(e,t){this.stream=t;this.tokens=[];this.mainToken=null;this.actions=[];this.tokens=e.tokenizers.map(e=>new CachedToken)}getActions(e){let t=0;let r=null;let{parser:n}=e.p,{tokenizers:s}=n;let i=n.stateSlot(e.state,3);let o=e.curContext?e.curContext.hash:0;let a=0;for(let n=0;n<s.length;n++){if((1<<n&i)==0)continue;let c=s[n],l=this.tokens[n];if(r&&!c.fallback)continue;if(c.contextual||l.start!=e.pos||l.mask!=i||l.context!=o){this.updateCachedToken(l,c,e);l.mask=i;l.context=o}if(l.lookAhead>l.end+25)a=Math.max(l.lookAhead,a);if(l.value!=0){let n=t;if(l.extended>-1)t=this.addActions(e,l.extended,l.end,t);t=this.addActions(e,l.value,l.end,t);if(!c.extend){r=l;if(t>n)break}}}while(this.actions.length>t)this.actions.pop();if(a)e.setLookAhead(a);if(!r&&e.pos==this.stream.end){r=new CachedToken;r.value=e.p.parser.eofTerm;r.start=r.end=e.pos;t=this.addActions(e,r.value,r.end,t)}this.mainToken=r;return this.actions}getMainToken(e){if(this.mainToken)return this.mainToken;let t=new CachedToken,{pos:r,p:n}=e;t.start=r;t.end=Math.min(r+1,n.stream.end);t.value=r==n.stream.end?n.parser.eofTerm:0;return t}updateCachedToken(e,t,r){let n=this.stream.clipPos(r.pos);t.token(this.stream.reset(n,e),r);if(e.value>-1){let{parser:t}=r.p;for(let n=0;n<t.specialized.length;n++)if(t.specialized[n]==e.value){let s=t.specializers[n](this.stream.read(e.start,e.end),r);if(s>=0&&r.p.parser.dialect.allows(s>>1)){if((s&1)==0)e.value=s>>1;else e.extended=s>>1;break}}}else{e.value=0;e.end=this.stream.clipPos(n+1)}}putAction(e,t,r,n){for(let t=0;t<n;t+=3)if(this.actions[t]==e)return n;this.actions[n++]=e;this.actions[n++]=t;this.actions[n++]=r;return n}addActions(e,t,r,n){let{state:s}=e,{parser:i}=e.p,{data:o}=i;for(let e=0;e<2;e++){for(let a=i.stateSlot(s,e?2:1);;a+=3){if(o[a]==65535){if(o[a+1]==1){a=pair(o,a+2)}else{if(n==0&&o[a+1]==2)n=this.putAction(pair(o,a+2),t,r,n);break}}if(o[a]==t)n=this.putAction(pair(o,a+1),t,r,n)}}return n}}class Parse{constructor(e,t,r,n){this.parser=e;this.input=t;this.ranges=n;this.recovering=0;this.nextStackID=9812;this.minStackPos=0;this.reused=[];this.stoppedAt=null;this.lastBigReductionStart=-1;this.lastBigReductionSize=0;this.bigReductionCount=0;this.stream=new InputStream(t,n);this.tokens=new TokenCache(e,this.stream);this.topTerm=e.top[1];let{from:s}=n[0];this.stacks=[Stack.start(this,e.top[0],s)];this.fragments=r.length&&this.stream.end-s>e.bufferLength*4?new dist_FragmentCursor(r,e.minRepeatTerm):null}get parsedPos(){return this.minStackPos}advance(){let e=this.stacks,t=this.minStackPos;let r=this.stacks=[];let n,s;if(this.bigReductionCount>300&&e.length==1){let[t]=e;while(t.forceReduce()&&t.stack.length&&t.stack[t.stack.length-2]>=this.lastBigReductionStart){}this.bigReductionCount=this.lastBigReductionSize=0}for(let i=0;i<e.length;i++){let o=e[i];for(;;){this.tokens.mainToken=null;if(o.pos>t){r.push(o)}else if(this.advanceStack(o,r,e)){continue}else{if(!n){n=[];s=[]}n.push(o);let e=this.tokens.getMainToken(o);s.push(e.value,e.end)}break}}if(!r.length){let e=n&&findFinished(n);if(e){if(y)console.log("Finish with "+this.stackID(e));return this.stackToTree(e)}if(this.parser.strict){if(y&&n)console.log("Stuck with token "+(this.tokens.mainToken?this.parser.getName(this.tokens.mainToken.value):"none"));throw new SyntaxError("No parse at "+t)}if(!this.recovering)this.recovering=5}if(this.recovering&&n){let e=this.stoppedAt!=null&&n[0].pos>this.stoppedAt?n[0]:this.runRecovery(n,s,r);if(e){if(y)console.log("Force-finish "+this.stackID(e));return this.stackToTree(e.forceAll())}}if(this.recovering){let e=this.recovering==1?1:this.recovering*3;if(r.length>e){r.sort((e,t)=>t.score-e.score);while(r.length>e)r.pop()}if(r.some(e=>e.reducePos>t))this.recovering--}else if(r.length>1){e:for(let e=0;e<r.length-1;e++){let t=r[e];for(let n=e+1;n<r.length;n++){let s=r[n];if(t.sameState(s)||t.buffer.length>500&&s.buffer.length>500){if((t.score-s.score||t.buffer.length-s.buffer.length)>0){r.splice(n--,1)}else{r.splice(e--,1);continue e}}}}if(r.length>12){r.sort((e,t)=>t.score-e.score);r.splice(12,r.length-12)}}this.minStackPos=r[0].pos;for(let e=1;e<r.length;e++)if(r[e].pos<this.minStackPos)this.minStackPos=r[e].pos;return null}stopAt(e){if(this.stoppedAt!=null&&this.stoppedAt<e)throw new RangeError("Can't move stoppedAt forward");this.stoppedAt=e}tryReuse(e,t,r,n){if(!r)return null;let s=e.curContext&&e.curContext.tracker.strict,i=s?e.curContext.hash:0;for(;r;){let o=this.parser.nodeSet.types[r.type.id]!=r.type?-1:this.parser.getGoto(e.state,r.type.id);if(o>-1&&r.length&&(!s||(r.prop(dist_NodeProp.contextHash)||0)==i)){e.useNode(r,o,t);return r}if(r.children.length==0||r.positions[0]>0)break;let a=r.children[0];if(a instanceof Tree&&(!n||a.type.id>=this.parser.minRepeatTerm))r=a;else break}return null}advanceStack(e,t,r){let n=e.pos,{parser:s}=this;let i=y?this.stackID(e)+" -> ":"";if(this.stoppedAt!=null&&n>this.stoppedAt)return e.forceReduce()?e:null;if(this.fragments){let t=e.reducePos<n&&e.buffer.length&&e.buffer[e.buffer.length-2]<=e.reducePos&&this.fragments.lastRepeatPos==e.reducePos&&this.tryReuse(e,e.reducePos,this.fragments.lastRepeat,true)||this.tryReuse(e,n,this.fragments.nodeAt(n),false);if(t){if(y)console.log(i+this.stackID(e)+` (via reuse of ${s.getName(t.type.id)})`);return true}}let o=s.stateSlot(e.state,4);if(o>0){e.reduce(o);if(y)console.log(i+this.stackID(e)+` (via always-reduce ${s.getName(o&65535)})`);return true}if(e.stack.length>=8400){while(e.stack.length>6e3&&e.forceReduce()){}}let a=this.tokens.getActions(e);for(let o=0;o<a.length;){let c=a[o++],l=a[o++],u=a[o++];let f=o==a.length||!r;let p=f?e:e.split();let d=this.tokens.mainToken;p.apply(c,l,d?d.start:p.pos,u);if(y)console.log(i+this.stackID(p)+` (via ${(c&65536)==0?"shift":`reduce of ${s.getName(c&65535)}`} for ${s.getName(l)} @ ${n}${p==e?"":", split"})`);if(f)return true;else if(p.pos>n)t.push(p);else r.push(p)}return false}advanceFully(e,t){let r=e.pos;for(;;){if(!this.advanceStack(e,null,null))return false;if(e.pos>r){pushStackDedup(e,t);return true}}}runRecovery(e,t,r){let n=null,s=false;for(let i=0;i<e.length;i++){let o=e[i],a=t[i<<1],c=t[(i<<1)+1];let l=y?this.stackID(o)+" -> ":"";if(o.deadEnd){if(s)continue;s=true;o.restart();if(y)console.log(l+this.stackID(o)+" (restarted)");let e=this.advanceFully(o,r);if(e)continue}let u=o.split(),f=l;for(let e=0;e<10&&u.forceReduce();e++){if(y)console.log(f+this.stackID(u)+" (via force-reduce)");let e=this.advanceFully(u,r);if(e)break;if(y)f=this.stackID(u)+" -> "}for(let e of o.recoverByInsert(a)){if(y)console.log(l+this.stackID(e)+" (via recover-insert)");this.advanceFully(e,r)}if(this.stream.end>o.pos){if(c==o.pos){c++;a=0}o.recoverByDelete(a,c);if(y)console.log(l+this.stackID(o)+` (via recover-delete ${this.parser.getName(a)})`);pushStackDedup(o,r)}else if(!n||n.score<u.score){n=u}}return n}stackToTree(e){e.close();return Tree.build({buffer:StackBufferCursor.create(e),nodeSet:this.parser.nodeSet,topID:this.topTerm,maxBufferLength:this.parser.bufferLength,reused:this.reused,start:this.ranges[0].from,length:e.pos-this.ranges[0].from,minRepeatType:this.parser.minRepeatTerm})}stackID(e){let t=(b||(b=new WeakMap)).get(e);if(!t)b.set(e,t=String.fromCodePoint(this.nextStackID++));return t+e}}function pushStackDedup(e,t){for(let r=0;r<t.length;r++){let n=t[r];if(n.pos==e.pos&&n.sameState(e)){if(t[r].score<e.score)t[r]=e;return}}t.push(e)}class Dialect{constructor(e,t,r){this.source=e;this.flags=t;this.disabled=r}allows(e){return!this.disabled||this.disabled[e]==0}}const id=e=>e;class ContextTracker{constructor(e){this.start=e.start;this.shift=e.shift||id;this.reduce=e.reduce||id;this.reuse=e.reuse||id;this.hash=e.hash||(()=>0);this.strict=e.strict!==false}}class LRParser extends Parser{constructor(e){super();this.wrappers=[];if(e.version!=14)throw new RangeError(`Parser version (${e.version}) doesn't match runtime version (${14})`);let t=e.nodeNames.split(" ");this.minRepeatTerm=t.length;for(let r=0;r<e.repeatNodeCount;r++)t.push("");let r=Object.keys(e.topRules).map(t=>e.topRules[t][1]);let n=[];for(let e=0;e<t.length;e++)n.push([]);function setProp(e,t,r){n[e].push([t,t.deserialize(String(r))])}if(e.nodeProps)for(let t of e.nodeProps){let e=t[0];if(typeof e=="string")e=dist_NodeProp[e];for(let r=1;r<t.length;){let n=t[r++];if(n>=0){setProp(n,e,t[r++])}else{let s=t[r+-n];for(let i=-n;i>0;i--)setProp(t[r++],e,s);r++}}}this.nodeSet=new NodeSet(t.map((t,s)=>NodeType.define({name:s>=this.minRepeatTerm?undefined:t,id:s,props:n[s],top:r.indexOf(s)>-1,error:s==0,skipped:e.skippedNodes&&e.skippedNodes.indexOf(s)>-1})));if(e.propSources)this.nodeSet=this.nodeSet.extend(...e.propSources);this.strict=false;this.bufferLength=l;let s=decodeArray(e.tokenData);this.context=e.context;this.specializerSpecs=e.specialized||[];this.specialized=new Uint16Array(this.specializerSpecs.length);for(let e=0;e<this.specializerSpecs.length;e++)this.specialized[e]=this.specializerSpecs[e].term;this.specializers=this.specializerSpecs.map(getSpecializer);this.states=decodeArray(e.states,Uint32Array);this.data=decodeArray(e.stateData);this.goto=decodeArray(e.goto);this.maxTerm=e.maxTerm;this.tokenizers=e.tokenizers.map(e=>typeof e=="number"?new TokenGroup(s,e):e);this.topRules=e.topRules;this.dialects=e.dialects||{};this.dynamicPrecedences=e.dynamicPrecedences||null;this.tokenPrecTable=e.tokenPrec;this.termNames=e.termNames||null;this.maxNode=this.nodeSet.types.length-1;this.dialect=this.parseDialect();this.top=this.topRules[Object.keys(this.topRules)[0]]}createParse(e,t,r){let n=new Parse(this,e,t,r);for(let s of this.wrappers)n=s(n,e,t,r);return n}getGoto(e,t,r=false){let n=this.goto;if(t>=n[0])return-1;for(let s=n[t+1];;){let t=n[s++],i=t&1;let o=n[s++];if(i&&r)return o;for(let r=s+(t>>1);s<r;s++)if(n[s]==e)return o;if(i)return-1}}hasAction(e,t){let r=this.data;for(let n=0;n<2;n++){for(let s=this.stateSlot(e,n?2:1),i;;s+=3){if((i=r[s])==65535){if(r[s+1]==1)i=r[s=pair(r,s+2)];else if(r[s+1]==2)return pair(r,s+2);else break}if(i==t||i==0)return pair(r,s+1)}}return 0}stateSlot(e,t){return this.states[e*6+t]}stateFlag(e,t){return(this.stateSlot(e,0)&t)>0}validAction(e,t){return!!this.allActions(e,e=>e==t?true:null)}allActions(e,t){let r=this.stateSlot(e,4);let n=r?t(r):undefined;for(let r=this.stateSlot(e,1);n==null;r+=3){if(this.data[r]==65535){if(this.data[r+1]==1)r=pair(this.data,r+2);else break}n=t(pair(this.data,r+1))}return n}nextStates(e){let t=[];for(let r=this.stateSlot(e,1);;r+=3){if(this.data[r]==65535){if(this.data[r+1]==1)r=pair(this.data,r+2);else break}if((this.data[r+2]&65536>>16)==0){let e=this.data[r+1];if(!t.some((t,r)=>r&1&&t==e))t.push(this.data[r],e)}}return t}configure(e){let t=Object.assign(Object.create(LRParser.prototype),this);if(e.props)t.nodeSet=this.nodeSet.extend(...e.props);if(e.top){let r=this.topRules[e.top];if(!r)throw new RangeError(`Invalid top rule name ${e.top}`);t.top=r}if(e.tokenizers)t.tokenizers=this.tokenizers.map(t=>{let r=e.tokenizers.find(e=>e.from==t);return r?r.to:t});if(e.specializers){t.specializers=this.specializers.slice();t.specializerSpecs=this.specializerSpecs.map((r,n)=>{let s=e.specializers.find(e=>e.from==r.external);if(!s)return r;let i=Object.assign(Object.assign({},r),{external:s.to});t.specializers[n]=getSpecializer(i);return i})}if(e.contextTracker)t.context=e.contextTracker;if(e.dialect)t.dialect=this.parseDialect(e.dialect);if(e.strict!=null)t.strict=e.strict;if(e.wrap)t.wrappers=t.wrappers.concat(e.wrap);if(e.bufferLength!=null)t.bufferLength=e.bufferLength;return t}hasWrappers(){return this.wrappers.length>0}getName(e){return this.termNames?this.termNames[e]:String(e<=this.maxNode&&this.nodeSet.types[e].name||e)}get eofTerm(){return this.maxNode+1}get topNode(){return this.nodeSet.types[this.top[1]]}dynamicPrecedence(e){let t=this.dynamicPrecedences;return t==null?0:t[e]||0}parseDialect(e){let t=Object.keys(this.dialects),r=t.map(()=>false);if(e)for(let n of e.split(" ")){let e=t.indexOf(n);if(e>=0)r[e]=true}let n=null;for(let e=0;e<t.length;e++)if(!r[e]){for(let r=this.dialects[t[e]],s;(s=this.data[r++])!=65535;)(n||(n=new Uint8Array(this.maxTerm+1)))[s]=1}return new Dialect(e,r,n)}static deserialize(e){return new LRParser(e)}}function pair(e,t){return e[t]|e[t+1]<<16}function findFinished(e){let t=null;for(let r of e){let e=r.p.stoppedAt;if((r.pos==r.p.stream.end||e!=null&&r.pos>e)&&r.p.parser.stateFlag(r.state,2)&&(!t||t.score<r.score))t=r}return t}function getSpecializer(e){if(e.external){let t=e.extend?1:0;return(r,n)=>e.external(r,n)<<1|t}return e.get}let O=0;class Tag{constructor(e,t,r,n){this.name=e;this.set=t;this.base=r;this.modified=n;this.id=O++}toString(){let{name:e}=this;for(let t of this.modified)if(t.name)e=`${t.name}(${e})`;return e}static define(e,t){let r=typeof e=="string"?e:"?";if(e instanceof Tag)t=e;if(t===null||t===void 0?void 0:t.base)throw new Error("Can not derive from a modified tag");let n=new Tag(r,[],null,[]);n.set.push(n);if(t)for(let e of t.set)n.set.push(e);return n}static defineModifier(e){let t=new Modifier(e);return e=>{if(e.modified.indexOf(t)>-1)return e;return Modifier.get(e.base||e,e.modified.concat(t).sort((e,t)=>e.id-t.id))}}}let w=0;class Modifier{constructor(e){this.name=e;this.instances=[];this.id=w++}static get(e,t){if(!t.length)return e;let r=t[0].instances.find(r=>r.base==e&&sameArray(t,r.modified));if(r)return r;let n=[],s=new Tag(e.name,n,e,t);for(let e of t)e.instances.push(s);let i=powerSet(t);for(let t of e.set)if(!t.modified.length)for(let e of i)n.push(Modifier.get(t,e));return s}}function sameArray(e,t){return e.length==t.length&&e.every((e,r)=>e==t[r])}function powerSet(e){let t=[[]];for(let r=0;r<e.length;r++){for(let n=0,s=t.length;n<s;n++){t.push(t[n].concat(e[r]))}}return t.sort((e,t)=>t.length-e.length)}function styleTags(e){let t=Object.create(null);for(let r in e){let n=e[r];if(!Array.isArray(n))n=[n];for(let e of r.split(" "))if(e){let r=[],s=2,i=e;for(let t=0;;){if(i=="..."&&t>0&&t+3==e.length){s=1;break}let n=/^"(?:[^"\\]|\\.)*?"|[^\/!]+/.exec(i);if(!n)throw new RangeError("Invalid path: "+e);r.push(n[0]=="*"?"":n[0][0]=='"'?JSON.parse(n[0]):n[0]);t+=n[0].length;if(t==e.length)break;let o=e[t++];if(t==e.length&&o=="!"){s=0;break}if(o!="/")throw new RangeError("Invalid path: "+e);i=e.slice(t)}let o=r.length-1,a=r[o];if(!a)throw new RangeError("Invalid path: "+e);let c=new Rule(n,s,o>0?r.slice(0,o):null);t[a]=c.sort(t[a])}}return x.add(t)}const x=new dist_NodeProp({combine(e,t){let r,n,s;while(e||t){if(!e||t&&e.depth<=t.depth){s=t;t=t.next}else{s=e;e=e.next}if(r&&r.mode==s.mode&&!s.context&&!r.context)continue;let i=new Rule(s.tags,s.mode,s.context);if(r)r.next=i;else n=i;r=i}return n}});class Rule{constructor(e,t,r,n){this.tags=e;this.mode=t;this.context=r;this.next=n}get opaque(){return this.mode==0}get inherit(){return this.mode==1}sort(e){if(!e||e.depth<this.depth){this.next=e;return this}e.next=this.sort(e.next);return e}get depth(){return this.context?this.context.length:0}}Rule.empty=new Rule([],2,null);function tagHighlighter(e,t){let r=Object.create(null);for(let t of e){if(!Array.isArray(t.tag))r[t.tag.id]=t.class;else for(let e of t.tag)r[e.id]=t.class}let{scope:n,all:s=null}=t||{};return{style:e=>{let t=s;for(let n of e){for(let e of n.set){let n=r[e.id];if(n){t=t?t+" "+n:n;break}}}return t},scope:n}}function highlightTags(e,t){let r=null;for(let n of e){let e=n.style(t);if(e)r=r?r+" "+e:e}return r}function highlightTree(e,t,r,n=0,s=e.length){let i=new HighlightBuilder(n,Array.isArray(t)?t:[t],r);i.highlightRange(e.cursor(),n,s,"",i.highlighters);i.flush(s)}function highlightCode(e,t,r,n,s,i=0,o=e.length){let a=i;function writeTo(t,r){if(t<=a)return;for(let i=e.slice(a,t),o=0;;){let e=i.indexOf("\n",o);let t=e<0?i.length:e;if(t>o)n(i.slice(o,t),r);if(e<0)break;s();o=e+1}a=t}highlightTree(t,r,(e,t,r)=>{writeTo(e,"");writeTo(t,r)},i,o);writeTo(o,"")}class HighlightBuilder{constructor(e,t,r){this.at=e;this.highlighters=t;this.span=r;this.class=""}startSpan(e,t){if(t!=this.class){this.flush(e);if(e>this.at)this.at=e;this.class=t}}flush(e){if(e>this.at&&this.class)this.span(this.at,e,this.class)}highlightRange(e,t,r,n,s){let{type:i,from:o,to:a}=e;if(o>=r||a<=t)return;if(i.isTop)s=this.highlighters.filter(e=>!e.scope||e.scope(i));let c=n;let l=getStyleTags(e)||Rule.empty;let u=highlightTags(s,l.tags);if(u){if(c)c+=" ";c+=u;if(l.mode==1)n+=(n?" ":"")+u}this.startSpan(Math.max(t,o),c);if(l.opaque)return;let f=e.tree&&e.tree.prop(NodeProp.mounted);if(f&&f.overlay){let i=e.node.enter(f.overlay[0].from+o,1);let l=this.highlighters.filter(e=>!e.scope||e.scope(f.tree.type));let u=e.firstChild();for(let p=0,d=o;;p++){let h=p<f.overlay.length?f.overlay[p]:null;let m=h?h.from+o:a;let g=Math.max(t,d),v=Math.min(r,m);if(g<v&&u){while(e.from<v){this.highlightRange(e,g,v,n,s);this.startSpan(Math.min(v,e.to),c);if(e.to>=m||!e.nextSibling())break}}if(!h||m>r)break;d=h.to+o;if(d>t){this.highlightRange(i.cursor(),Math.max(t,h.from+o),Math.min(r,d),"",l);this.startSpan(Math.min(r,d),c)}}if(u)e.parent()}else if(e.firstChild()){if(f)n="";do{if(e.to<=t)continue;if(e.from>=r)break;this.highlightRange(e,t,r,n,s);this.startSpan(Math.min(r,e.to),c)}while(e.nextSibling());e.parent()}}}function getStyleTags(e){let t=e.type.prop(x);while(t&&t.context&&!e.matchContext(t.context))t=t.next;return t||null}const k=Tag.define;const S=k(),$=k(),P=k($),E=k($),N=k(),A=k(N),T=k(N),I=k(),R=k(I),z=k(),C=k(),L=k(),M=k(L),j=k();const D={comment:S,lineComment:k(S),blockComment:k(S),docComment:k(S),name:$,variableName:k($),typeName:P,tagName:k(P),propertyName:E,attributeName:k(E),className:k($),labelName:k($),namespace:k($),macroName:k($),literal:N,string:A,docString:k(A),character:k(A),attributeValue:k(A),number:T,integer:k(T),float:k(T),bool:k(N),regexp:k(N),escape:k(N),color:k(N),url:k(N),keyword:z,self:k(z),null:k(z),atom:k(z),unit:k(z),modifier:k(z),operatorKeyword:k(z),controlKeyword:k(z),definitionKeyword:k(z),moduleKeyword:k(z),operator:C,derefOperator:k(C),arithmeticOperator:k(C),logicOperator:k(C),bitwiseOperator:k(C),compareOperator:k(C),updateOperator:k(C),definitionOperator:k(C),typeOperator:k(C),controlOperator:k(C),punctuation:L,separator:k(L),bracket:M,angleBracket:k(M),squareBracket:k(M),paren:k(M),brace:k(M),content:I,heading:R,heading1:k(R),heading2:k(R),heading3:k(R),heading4:k(R),heading5:k(R),heading6:k(R),contentSeparator:k(I),list:k(I),quote:k(I),emphasis:k(I),strong:k(I),link:k(I),monospace:k(I),strikethrough:k(I),inserted:k(),deleted:k(),changed:k(),invalid:k(),meta:j,documentMeta:k(j),annotation:k(j),processingInstruction:k(j),definition:Tag.defineModifier("definition"),constant:Tag.defineModifier("constant"),function:Tag.defineModifier("function"),standard:Tag.defineModifier("standard"),local:Tag.defineModifier("local"),special:Tag.defineModifier("special")};for(let e in D){let t=D[e];if(t instanceof Tag)t.name=e}const F=tagHighlighter([{tag:D.link,class:"tok-link"},{tag:D.heading,class:"tok-heading"},{tag:D.emphasis,class:"tok-emphasis"},{tag:D.strong,class:"tok-strong"},{tag:D.keyword,class:"tok-keyword"},{tag:D.atom,class:"tok-atom"},{tag:D.bool,class:"tok-bool"},{tag:D.url,class:"tok-url"},{tag:D.labelName,class:"tok-labelName"},{tag:D.inserted,class:"tok-inserted"},{tag:D.deleted,class:"tok-deleted"},{tag:D.literal,class:"tok-literal"},{tag:D.string,class:"tok-string"},{tag:D.number,class:"tok-number"},{tag:[D.regexp,D.escape,D.special(D.string)],class:"tok-string2"},{tag:D.variableName,class:"tok-variableName"},{tag:D.local(D.variableName),class:"tok-variableName tok-local"},{tag:D.definition(D.variableName),class:"tok-variableName tok-definition"},{tag:D.special(D.variableName),class:"tok-variableName2"},{tag:D.definition(D.propertyName),class:"tok-propertyName tok-definition"},{tag:D.typeName,class:"tok-typeName"},{tag:D.namespace,class:"tok-namespace"},{tag:D.className,class:"tok-className"},{tag:D.macroName,class:"tok-macroName"},{tag:D.propertyName,class:"tok-propertyName"},{tag:D.operator,class:"tok-operator"},{tag:D.comment,class:"tok-comment"},{tag:D.meta,class:"tok-meta"},{tag:D.invalid,class:"tok-invalid"},{tag:D.punctuation,class:"tok-punctuation"}]);const X=188,Q=189,U=1,B=2,q=3,Z=4,G=5,V=6,Y=7,W=8,K=9,J=10,H=11,ee=12,te=13,re=14,ne=15,se=16,ie=17,oe=18,ae=19,ce=20,le=21,ue=22,fe=23,pe=24,de=25,he=26,me=27,ge=28,ve=29,ye=30,be=31,Oe=32,we=33,_e=34,xe=35;const ke={inf:X,nan:Q,bool:U,ignoring:B,on:q,group_left:Z,group_right:G,offset:V};const specializeIdentifier=(e,t)=>ke[e.toLowerCase()]||-1;const Se={avg:W,atan2:Y,bottomk:K,count:J,count_values:H,group:ee,max:te,min:re,quantile:ne,limitk:se,limit_ratio:ie,stddev:oe,stdvar:ae,sum:ce,topk:le,by:ue,without:fe,and:pe,or:de,unless:he,smoothed:be,anchored:Oe,fill:we,fill_left:_e,fill_right:xe};const extendIdentifier=(e,t)=>{if(e==="start"&&t.canShift(me)){return me}if(e==="end"&&t.canShift(ge)){return ge}if(e.toLowerCase()==="start"&&t.canShift(ve)){return ve}if(e.toLowerCase()==="end"&&t.canShift(ye)){return ye}const r=Se[e.toLowerCase()];if(r!==undefined&&t.canShift(r)){return r}return-1};const $e=styleTags({LineComment:D.comment,LabelName:D.labelName,StringLiteral:D.string,NumberDurationLiteral:D.number,NumberDurationLiteralInDurationContext:D.number,Identifier:D.variableName,"Abs Absent AbsentOverTime Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv EndFn Exp Floor HistogramAvg HistogramCount HistogramFraction HistogramQuantile HistogramSum DoubleExponentialSmoothing Hour Idelta Increase Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MaxOverTime MinOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Range Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc Sqrt StartFn Step StddevOverTime StdvarOverTime SumOverTime Tan Tanh Time Timestamp Vector Year":D.function(D.variableName),"Avg Bottomk Count Count_values Group LimitK LimitRatio Max Min Quantile Stddev Stdvar Sum Topk":D.operatorKeyword,"AtModifierPreprocessors By Without Bool On Ignoring GroupLeft GroupRight Offset Smoothed Anchored":D.modifier,"DurationExpr/DurationStep DurationExpr/DurationRange DurationExpr/DurationMinOf DurationExpr/DurationMaxOf OffsetDurationExpr/DurationStep OffsetDurationExpr/DurationRange OffsetDurationExpr/DurationMinOf OffsetDurationExpr/DurationMaxOf":D.function(D.variableName),"And Unless Or":D.logicOperator,"Sub Add Mul Mod Div Atan2 Eql Neq Lte Lss Gte Gtr EqlRegex EqlSingle NeqRegex Pow At":D.operator,UnaryOp:D.arithmeticOperator,"( )":D.paren,"[ ]":D.squareBracket,"{ }":D.brace,"⚠":D.invalid});const Pe={__proto__:null,absent_over_time:401,absent:403,abs:405,acos:407,acosh:409,asin:411,asinh:413,atan:415,atanh:417,avg_over_time:419,ceil:421,changes:423,clamp:425,clamp_max:427,clamp_min:429,cos:431,cosh:433,count_over_time:435,days_in_month:437,day_of_month:439,day_of_week:441,day_of_year:443,deg:445,delta:447,deriv:449,exp:451,first_over_time:453,floor:455,histogram_count:457,histogram_fraction:459,histogram_quantile:461,histogram_quantiles:463,histogram_stddev:465,histogram_stdvar:467,histogram_sum:469,histogram_avg:471,double_exponential_smoothing:473,hour:475,idelta:477,increase:479,info:481,irate:483,label_replace:485,label_join:487,last_over_time:489,ln:491,log10:493,log2:495,mad_over_time:497,max_over_time:499,min_over_time:501,ts_of_first_over_time:503,ts_of_max_over_time:505,ts_of_min_over_time:507,ts_of_last_over_time:509,minute:511,month:513,pi:515,predict_linear:517,present_over_time:519,quantile_over_time:521,rad:523,rate:525,resets:527,round:529,scalar:531,sgn:533,sin:535,sinh:537,sort:539,sort_desc:541,sort_by_label:543,sort_by_label_desc:545,start_timestamp:547,range:549,step:551,sqrt:553,stddev_over_time:555,stdvar_over_time:557,sum_over_time:559,tan:561,tanh:563,timestamp:565,time:567,vector:569,year:571,min_of:575,max_of:577};const Ee=LRParser.deserialize({version:14,states:"BnOYQPOOO(gQPOOOOQO'#DT'#DTO(lQPO'#DSOOQO'#Db'#DbO(wQPO'#FqQ0_QQOOOOQO'#Ds'#DsO(rQPO'#DrOYQPO'#F{OYQPO'#F}O1xQSO'#GPO2TQQO'#GOOOQO'#GO'#GOOOQO'#Gd'#GdOOQO'#Dt'#DtOOQO'#Dv'#DvOOQO'#Dw'#DwOOQO'#Dx'#DxOOQO'#Dy'#DyOOQO'#Dz'#DzOOQO'#D{'#D{OOQO'#D|'#D|OOQO'#D}'#D}OOQO'#EO'#EOOOQO'#EP'#EPOOQO'#EQ'#EQOOQO'#ER'#EROOQO'#ES'#ESOOQO'#ET'#ETOOQO'#EU'#EUOOQO'#EV'#EVOOQO'#EW'#EWOOQO'#EX'#EXOOQO'#EY'#EYOOQO'#EZ'#EZOOQO'#E['#E[OOQO'#E]'#E]OOQO'#E^'#E^OOQO'#E_'#E_OOQO'#E`'#E`OOQO'#Ea'#EaOOQO'#Eb'#EbOOQO'#Ec'#EcOOQO'#Ed'#EdOOQO'#Ee'#EeOOQO'#Ef'#EfOOQO'#Eg'#EgOOQO'#Eh'#EhOOQO'#Ei'#EiOOQO'#Ej'#EjOOQO'#Ek'#EkOOQO'#El'#ElOOQO'#Em'#EmOOQO'#En'#EnOOQO'#Eo'#EoOOQO'#Ep'#EpOOQO'#Eq'#EqOOQO'#Er'#ErOOQO'#Es'#EsOOQO'#Et'#EtOOQO'#Eu'#EuOOQO'#Ev'#EvOOQO'#Ew'#EwOOQO'#Ex'#ExOOQO'#Ey'#EyOOQO'#Ez'#EzOOQO'#E{'#E{OOQO'#E|'#E|OOQO'#E}'#E}OOQO'#FO'#FOOOQO'#FP'#FPOOQO'#FQ'#FQOOQO'#FR'#FROOQO'#FS'#FSOOQO'#FT'#FTOOQO'#FU'#FUOOQO'#FV'#FVOOQO'#FW'#FWOOQO'#FX'#FXOOQO'#FY'#FYOOQO'#FZ'#FZOOQO'#F['#F[OOQO'#F]'#F]OOQO'#F^'#F^OOQO'#F_'#F_OOQO'#F`'#F`OOQO'#Fa'#FaOOQO'#Fb'#FbOOQO'#Fc'#FcOOQO'#Fd'#FdOOQO'#Fe'#FeOOQO'#Ff'#FfOOQO'#Fg'#FgOOQO'#Fh'#FhOOQO'#Fi'#FiOOQO'#Fj'#FjOOQO'#Fk'#FkOOQO'#Fl'#FlOOQO'#Fm'#FmOOQO'#Fn'#FnQOQPOOO3zQPO'#DUO4PQPO'#DZO(rQPO,59nO4WQQO,59nOOQO,59|,59|O6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO6QQPO,59vO=qQPO,5<ZO>cQPO,5<cOOQO,5<e,5<eOOQO,5<f,5<fO?fQPO,5<rOOQO,5:^,5:^O?pQQO,5<gO?wQQO,5<iOOQO'#DX'#DXOAkQPO'#GQOAyQPO,5<kOOQO,5<k,5<kOBVQPO,5<kOOQO,5<j,5<jOB_QSO'#DVOOQO,59p,59pOOQO,59u,59uOBjQQO,59uOOQO1G/Y1G/YOOQO'#D^'#D^O3zQPO'#D_OBtQPO'#DaOByQPO'#DcOCOQPO'#DdOOQO'#D`'#D`OJbQPO'#D`OJiQPO'#D`OOQO'#Gh'#GhOJpQPO'#GhO!$WQPO'#GhOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOYQPO1G/bOOQO'#Fq'#FqOOQO'#Fv'#FvO!$bQSO1G1uO=qQPO'#FpOOQO'#Fr'#FrOOQO'#Fs'#FsOOQO'#Ft'#FtOOQO'#Fu'#FuO!$|QPO'#FpO!%RQPO'#FpO=qQPO'#FpOOQO'#Fp'#FpO>cQPO'#FxOOQO1G1}1G1}O!%WQPO'#FxO!%]QPO'#FxO=qQPO'#FxOOQO'#Fx'#FxO!%bQPO'#DbOOQO'#GY'#GYOOQO1G2^1G2^O!%mQPO1G2^OOQO1G2R1G2ROOQO'#GR'#GRO!%rQPO,5<lO!%wQPO,5<qO!%|QSO1G2VO!&XQPO1G2VOOQO1G2V1G2VOOQO,59q,59qO!&aQPO,59qOYQPO'#G]O!&iQPO1G/aOOQO1G/a1G/aO!&qQPO,59yO?TQPO,59{O?TQPO,59}O?TQPO,5:OOOQO,59z,59zOOQO,5=S,5=SO!._QPO,5=SO!7]QQO7+$|O!7mQQO7+$|O!9XQQO7+$|O!9uQQO7+$|O!;jQQO7+$|O=qQPO,5<[O=qQPO,5<[OOQO7+'a7+'aO!<ZQPO7+'nO!<vQSO,5<[O!=QQPO,5<[O=qQPO,5<[O!=kQQO,5<[OOQO,5<d,5<dO!=rQPO,5<dO=qQPO,5<dO!=wQQO,5<dO!>OQPO7+'xOOQO1G2W1G2WOOQO1G2]1G2]O!>TQPO,5<xOOQO,5<x,5<xOOQO7+'q7+'qO!>iQSO7+'qOOQO-E:[-E:[O!>tQSO1G/]O!?PQPO1G/]OOQO1G/]1G/]O!?XQQO,5<wOOQO-E:Z-E:ZOOQO7+${7+${O!?cQPO1G/eO!FyQPO1G/gO!GOQPO1G/iO!GTQPO1G/jOOQO1G2n1G2nO!GnQSO1G1vO!GxQSO1G1vO!HdQQO<<KYOOQO<<KY<<KYOOQO1G1v1G1vO!HkQQO1G1vO!HrQQO,5<[OOQO1G2O1G2OO!IPQQO1G2OOOQO<<Kd<<KdOOQO<<K]<<K]P!IWQSO'#G^OOQO,5<v,5<vOOQO7+$w7+$wO!I`QSO7+$wOOQO-E:Y-E:YOOQO7+%P7+%POOQO7+%R7+%ROOQO7+%T7+%TOOQO7+%U7+%UOOQOAN@tAN@tO=qQPO7+'bO!IkQQO1G1vO!IxQQO1G1vO=qQPO7+'jOOQO<<Hc<<HcP!JgQSO'#G[O!JoQQO<<J|O!JvQQO<<KUOOQOAN@hAN@hOOQOAN@pAN@pO=qQPO'#FpO=qQPO,5<[O=qQPO,5<[",stateData:"!J}~O%VOStOS~OWQOXQOYQOZQO[QO]QO^QO_QO`QOaQObQOcQOdQOeQOkVOlVO|^O!i[O%SSO%TSO%XXO%]TO%^TO%_SO%`_O%a`O%baO%cbO%dcO%edO%feO%gfO%hgO%ihO%jiO%kjO%lkO%mlO%nmO%onO%poO%qpO%rqO%srO%tsO%utO%vuO%wvO%xwO%yxO%zyO%{zO%|{O%}|O&O}O&P!OO&Q!PO&R!QO&S!RO&T!SO&U!TO&V!UO&W!VO&X!WO&Y!XO&Z!YO&[!ZO&]![O&^!]O&_!^O&`!_O&a!`O&b!aO&c!bO&d!cO&e!dO&f!eO&g!fO&h!gO&i!hO&j!iO&k!jO&l!kO&m!lO&n!mO&o!nO&p!oO&q!pO&r!qO&s!rO&t!sO&u!tO&v!uO&w!vO&x!wO&y!xO&z!yO&{!zO&|!{O&}!|O'O!}O'P#OO'Q#PO'R#QO'S#RO'T#SO'U#TO'V#UO'W#VO'X#WO'_ZO~O!i#XO~Of#YOg#YO%X#ZO~O%S#^O%T#^O%_#^OW$eXX$eXY$eXZ$eX[$eX]$eX^$eX_$eX`$eXa$eXb$eXc$eXd$eXe$eXk$eXl$eX|$eX!i$eX%S$eX%T$eX%X$eX%]$eX%^$eX%_$eX%`$eX%a$eX%b$eX%c$eX%d$eX%e$eX%f$eX%g$eX%h$eX%i$eX%j$eX%k$eX%l$eX%m$eX%n$eX%o$eX%p$eX%q$eX%r$eX%s$eX%t$eX%u$eX%v$eX%w$eX%x$eX%y$eX%z$eX%{$eX%|$eX%}$eX&O$eX&P$eX&Q$eX&R$eX&S$eX&T$eX&U$eX&V$eX&W$eX&X$eX&Y$eX&Z$eX&[$eX&]$eX&^$eX&_$eX&`$eX&a$eX&b$eX&c$eX&d$eX&e$eX&f$eX&g$eX&h$eX&i$eX&j$eX&k$eX&l$eX&m$eX&n$eX&o$eX&p$eX&q$eX&r$eX&s$eX&t$eX&u$eX&v$eX&w$eX&x$eX&y$eX&z$eX&{$eX&|$eX&}$eX'O$eX'P$eX'Q$eX'R$eX'S$eX'T$eX'U$eX'V$eX'W$eX'X$eX'_$eX~OU#eOV#_Oh#bOi#cOj#bOo#gOp#fO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO${#hO'Y#dO~Oz#mO|#lO'`#oO~O'_ZOU$rXV$rXh$rXi$rXj$rXo$rXp$rX!P$rX!X$rX!Y$rX!Z$rX![$rX!]$rX!^$rX!_$rX!`$rX!a$rX!b$rX!c$rX!d$rX!e$rX${$rX%R$rX'Y$rX%Z$rX%Y$rX~O%X#rO~O%Z#tO~PYOf#YOg#YOUvaVvahvaivajvaovapva!Pva!Xva!Yva!Zva![va!]va!^va!_va!`va!ava!bva!cva!dva!eva${va%Rva'Yva%Zva%Yva~OP#wOQ#xOR#xOq#yOr#zOs#{OW%[PX%[PY%[PZ%[P[%[P]%[P^%[P_%[P`%[Pa%[Pb%[Pc%[Pd%[Pe%[Pk%[Pl%[P|%[P!i%[P%S%[P%T%[P%X%[P%]%[P%^%[P%_%[P%`%[P%a%[P%b%[P%c%[P%d%[P%e%[P%f%[P%g%[P%h%[P%i%[P%j%[P%k%[P%l%[P%m%[P%n%[P%o%[P%p%[P%q%[P%r%[P%s%[P%t%[P%u%[P%v%[P%w%[P%x%[P%y%[P%z%[P%{%[P%|%[P%}%[P&O%[P&P%[P&Q%[P&R%[P&S%[P&T%[P&U%[P&V%[P&W%[P&X%[P&Y%[P&Z%[P&[%[P&]%[P&^%[P&_%[P&`%[P&a%[P&b%[P&c%[P&d%[P&e%[P&f%[P&g%[P&h%[P&i%[P&j%[P&k%[P&l%[P&m%[P&n%[P&o%[P&p%[P&q%[P&r%[P&s%[P&t%[P&u%[P&v%[P&w%[P&x%[P&y%[P&z%[P&{%[P&|%[P&}%[P'O%[P'P%[P'Q%[P'R%[P'S%[P'T%[P'U%[P'V%[P'W%[P'X%[P'_%[P~O%S$YO%T$YO%X$cO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%S$YO%T$YO%X$iO%]$XO%^$XO%_$YO&|$^O&}$]O'Z$_O'[$`O~O%SSO%TSO%]$kO%^$kO%_SO~Om$lOn$lO~P?TO%Z$oO~P0_O!P#_OU$qaV$qah$qai$qaj$qao$qap$qa!X$qa!Y$qa!Z$qa![$qa!]$qa!^$qa!_$qa!`$qa!a$qa!b$qa!c$qa!d$qa!e$qa${$qa%R$qa'Y$qa%Z$qa%Y$qa~O!e$pO$v$pO$w$pO$x$pO~O!e$pO$v$pO$w$pO$x$pO%Y$sO'`$uO~Oz$wO|#lO%Z$vO~O%Y$xO%Z$zO~P0_O%X$|O~O%X$}O~O%X%OO~OW!SXX!SXY!SXZ!SX[!SX]!SX^!SX_!SX`!SXa!SXb!SXc!SXd!SXe!SXk!SXl!SX|!SX!i!SX%S!SX%T!SX%X!SX%]!SX%^!SX%_!SX%`!SX%a!SX%b!SX%c!SX%d!SX%e!SX%f!SX%g!SX%h!SX%i!SX%j!SX%k!SX%l!SX%m!SX%n!SX%o!SX%p!SX%q!SX%r!SX%s!SX%t!SX%u!SX%v!SX%w!SX%x!SX%y!SX%z!SX%{!SX%|!SX%}!SX&O!SX&P!SX&Q!SX&R!SX&S!SX&T!SX&U!SX&V!SX&W!SX&X!SX&Y!SX&Z!SX&[!SX&]!SX&^!SX&_!SX&`!SX&a!SX&b!SX&c!SX&d!SX&e!SX&f!SX&g!SX&h!SX&i!SX&j!SX&k!SX&l!SX&m!SX&n!SX&o!SX&p!SX&q!SX&r!SX&s!SX&t!SX&u!SX&v!SX&w!SX&x!SX&y!SX&z!SX&{!SX&|!SX&}!SX'O!SX'P!SX'Q!SX'R!SX'S!SX'T!SX'U!SX'V!SX'W!SX'X!SX'_!SX~Os#{O~PCTOr#zO~PCTOq#yOr#zOs#{OW%[XX%[XY%[XZ%[X[%[X]%[X^%[X_%[X`%[Xa%[Xb%[Xc%[Xd%[Xe%[Xk%[Xl%[X|%[X!i%[X%S%[X%T%[X%X%[X%]%[X%^%[X%_%[X%`%[X%a%[X%b%[X%c%[X%d%[X%e%[X%f%[X%g%[X%h%[X%i%[X%j%[X%k%[X%l%[X%m%[X%n%[X%o%[X%p%[X%q%[X%r%[X%s%[X%t%[X%u%[X%v%[X%w%[X%x%[X%y%[X%z%[X%{%[X%|%[X%}%[X&O%[X&P%[X&Q%[X&R%[X&S%[X&T%[X&U%[X&V%[X&W%[X&X%[X&Y%[X&Z%[X&[%[X&]%[X&^%[X&_%[X&`%[X&a%[X&b%[X&c%[X&d%[X&e%[X&f%[X&g%[X&h%[X&i%[X&j%[X&k%[X&l%[X&m%[X&n%[X&o%[X&p%[X&q%[X&r%[X&s%[X&t%[X&u%[X&v%[X&w%[X&x%[X&y%[X&z%[X&{%[X&|%[X&}%[X'O%[X'P%[X'Q%[X'R%[X'S%[X'T%[X'U%[X'V%[X'W%[X'X%[X'_%[X~OQ#xOR#xO~PJpO!P%XO!X%XO!Y%XO!Z%XO![%YO!]%YO']%ZO'^%[O~O%X%^O~O%X%_O~O%X%bO~O%X%cO~O%S#^O%T#^O%_#^O~O%X%eO~O|%fO~O|%gO~Oz#mO|#lO'`%jO~O%Y%kO'`%jO~O%Y%mO%Z%oO~O%Y$xO%Z%rO~OS%sOT%sOW!RaX!RaY!RaZ!Ra[!Ra]!Ra^!Ra_!Ra`!Raa!Rab!Rac!Rad!Rae!Rak!Ral!Raq!Rar!Ras!Ra|!Ra!i!Ra%S!Ra%T!Ra%X!Ra%]!Ra%^!Ra%_!Ra%`!Ra%a!Ra%b!Ra%c!Ra%d!Ra%e!Ra%f!Ra%g!Ra%h!Ra%i!Ra%j!Ra%k!Ra%l!Ra%m!Ra%n!Ra%o!Ra%p!Ra%q!Ra%r!Ra%s!Ra%t!Ra%u!Ra%v!Ra%w!Ra%x!Ra%y!Ra%z!Ra%{!Ra%|!Ra%}!Ra&O!Ra&P!Ra&Q!Ra&R!Ra&S!Ra&T!Ra&U!Ra&V!Ra&W!Ra&X!Ra&Y!Ra&Z!Ra&[!Ra&]!Ra&^!Ra&_!Ra&`!Ra&a!Ra&b!Ra&c!Ra&d!Ra&e!Ra&f!Ra&g!Ra&h!Ra&i!Ra&j!Ra&k!Ra&l!Ra&m!Ra&n!Ra&o!Ra&p!Ra&q!Ra&r!Ra&s!Ra&t!Ra&u!Ra&v!Ra&w!Ra&x!Ra&y!Ra&z!Ra&{!Ra&|!Ra&}!Ra'O!Ra'P!Ra'Q!Ra'R!Ra'S!Ra'T!Ra'U!Ra'V!Ra'W!Ra'X!Ra'_!Ra~Oq#yOr#zOs#{OW%[aX%[aY%[aZ%[a[%[a]%[a^%[a_%[a`%[aa%[ab%[ac%[ad%[ae%[ak%[al%[a|%[a!i%[a%S%[a%T%[a%X%[a%]%[a%^%[a%_%[a%`%[a%a%[a%b%[a%c%[a%d%[a%e%[a%f%[a%g%[a%h%[a%i%[a%j%[a%k%[a%l%[a%m%[a%n%[a%o%[a%p%[a%q%[a%r%[a%s%[a%t%[a%u%[a%v%[a%w%[a%x%[a%y%[a%z%[a%{%[a%|%[a%}%[a&O%[a&P%[a&Q%[a&R%[a&S%[a&T%[a&U%[a&V%[a&W%[a&X%[a&Y%[a&Z%[a&[%[a&]%[a&^%[a&_%[a&`%[a&a%[a&b%[a&c%[a&d%[a&e%[a&f%[a&g%[a&h%[a&i%[a&j%[a&k%[a&l%[a&m%[a&n%[a&o%[a&p%[a&q%[a&r%[a&s%[a&t%[a&u%[a&v%[a&w%[a&x%[a&y%[a&z%[a&{%[a&|%[a&}%[a'O%[a'P%[a'Q%[a'R%[a'S%[a'T%[a'U%[a'V%[a'W%[a'X%[a'_%[a~O!P#_OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq![!Oq!]!Oq!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~OV!Oq!X!Oq!Y!Oq!Z!Oq~P!5uOV#_O!X#_O!Y#_O!Z#_O~P!5uOV#_O!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`OU!Oqh!Oqi!Oqj!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~O!^!Oq!_!Oq!`!Oq!a!Oq!b!Oq!c!Oq!d!Oq!e!Oq~P!7}O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~P!7}OV#_Oh#bOj#bO!P#_O!X#_O!Y#_O!Z#_O![#`O!]#`O!^#aO!_#aO!`#aO!a#aO!b#aO!c#aO!d#aO!e#aO~OU!Oqi!Oqo!Oqp!Oq${!Oq%R!Oq'Y!Oq%Z!Oq%Y!Oq~P!:cO']%{O~P=qO!X$da!Y$da!Z$da![$da!]$da']$da~O!P%XO'^$da~P!<bO%Z%|O~O!P&jO!X&jO!Y&jO!Z&jO![&kO!]&kO~O%Z%|O~P!=VO%Z&PO~O%Z&PO~P!=VO%Z&RO~O!e$pO$v$pO$w$pO$x$pO%Y%Qa'`%Qa~Oz#mO|#lO'`&SO~Oz&UO|#lO%Z&VO~O%Y&WO%Z&VO~O%Y%Pa%Z%Pa~P0_O%X#rOW!RiX!RiY!RiZ!Ri[!Ri]!Ri^!Ri_!Ri`!Ria!Rib!Ric!Rid!Rie!Rik!Ril!Riq!Rir!Ris!Ri|!Ri!i!Ri%S!Ri%T!Ri%]!Ri%^!Ri%_!Ri%`!Ri%a!Ri%b!Ri%c!Ri%d!Ri%e!Ri%f!Ri%g!Ri%h!Ri%i!Ri%j!Ri%k!Ri%l!Ri%m!Ri%n!Ri%o!Ri%p!Ri%q!Ri%r!Ri%s!Ri%t!Ri%u!Ri%v!Ri%w!Ri%x!Ri%y!Ri%z!Ri%{!Ri%|!Ri%}!Ri&O!Ri&P!Ri&Q!Ri&R!Ri&S!Ri&T!Ri&U!Ri&V!Ri&W!Ri&X!Ri&Y!Ri&Z!Ri&[!Ri&]!Ri&^!Ri&_!Ri&`!Ri&a!Ri&b!Ri&c!Ri&d!Ri&e!Ri&f!Ri&g!Ri&h!Ri&i!Ri&j!Ri&k!Ri&l!Ri&m!Ri&n!Ri&o!Ri&p!Ri&q!Ri&r!Ri&s!Ri&t!Ri&u!Ri&v!Ri&w!Ri&x!Ri&y!Ri&z!Ri&{!Ri&|!Ri&}!Ri'O!Ri'P!Ri'Q!Ri'R!Ri'S!Ri'T!Ri'U!Ri'V!Ri'W!Ri'X!Ri'_!Ri~O%Z&ZO~O%Z&[O~O%Z&]O~O!X$di!Y$di!Z$di![$di!]$di']$di~O!P%XO'^$di~P!GYO!P%XO!X%XO!Y%XO!Z%XO![$di!]$di']$di'^$di~O']&^O~P!=VO%Y&_O~P!=VO!P&jO%Z$da%Y$da~P!<bO%Y&bO~P!=VOz#mO|#lO~Oz&UO|#lO%Z&cO~O!P&jO%Z$di%Y$di~P!GYO!P&jO!X&jO!Y&jO!Z&jO![$di!]$di%Z$di']$di%Y$di~Oz&UO|#lO~O%Z&gO~P!=VO%Z&hO~P!=VO",goto:".b%]PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPPP%^%j%v%|P&VP&g%^P&p&w'R'a'k(T(bPPPPPPPPPPPPP%^(o({P({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({({%^)X*T*w*w+]+]+q%^,V%^%^%^%^%^%^,],l,tPPP,l%^P,{P-O-U-[PPPPP-cPPP.Re^OXY#Z$S$T$U$V$W$xeROXY#Z$S$T$U$V$W$xQ#[RR#v#]Q#s#YQ${#xR&Y%sQ#nZQ$w#rU%h$s%k&TV&U%m&W&dQ#]RQ#iWR#v#[Z$R#_#`#a#b#cY$Q#_#`#a#b#cR%R$RY$P#_#`#a#b#cS%Q$Q$RR%w%Ra#|#_#`#a#b#c$Q$R%Rd^OXY#Z$S$T$U$V$W$xQ$m#hQ%t$|Q%u$}R%v%O`#}#_#`#a#b#c$Q$R%RR%P$O`$O#_#`#a#b#c$Q$R%RR%P#}eWOXY#Z$S$T$U$V$W$xeVOXY#Z$S$T$U$V$W$xQ$Z#dQ%]$[Q%`$cQ%d$iQ%x%XQ%y%YQ%z%[Q%}%_Q&O&iQ&Q%cQ&`&jQ&a&kQ&e&_R&f&bdYOXY#Z$S$T$U$V$W$xW$[#d$[%X%YS$e#e$ee&i$c$i%[%_%c&_&b&i&j&kl$a#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$g#e$el$b#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$h#e$el$d#d$[$c$i%X%Y%[%_%c&_&b&i&j&kT$j#e$eQ$f#eR%a$ed]OXY#Z$S$T$U$V$W$xR#q[Q#pZV%i$s%k&TQ$q#mT$r#n%hR$n#hQ%n$wR&X%nQ$y#uR%q$yS$t#n#pR%l$tQUOQ#jXQ#kYQ#u#ZQ%S$SQ%T$TQ%U$UQ%V$VQ%W$WR%p$xQ$S#_Q$T#`Q$U#aQ$V#bR$W#c",nodeNames:"⚠ Bool Ignoring On GroupLeft GroupRight Offset Atan2 Avg Bottomk Count CountValues Group Max Min Quantile LimitK LimitRatio Stddev Stdvar Sum Topk By Without And Or Unless StartFn EndFn AtStart AtEnd Smoothed Anchored Fill FillLeft FillRight LineComment PromQL AggregateExpr AggregateOp AggregateModifier GroupingLabels LabelName QuotedLabelName StringLiteral FunctionCallBody BinaryExpr Pow BoolModifier MatchingModifierClause FillModifier FillClause NumberDurationLiteral FillLeftClause FillRightClause Mul Div Mod Add Sub Eql Gte Gtr TrimUpper TrimLower Lte Lss Neq FunctionCall FunctionIdentifier AbsentOverTime Identifier Absent Abs Acos Acosh Asin Asinh Atan Atanh AvgOverTime Ceil Changes Clamp ClampMax ClampMin Cos Cosh CountOverTime DaysInMonth DayOfMonth DayOfWeek DayOfYear Deg Delta Deriv Exp FirstOverTime Floor HistogramCount HistogramFraction HistogramQuantile HistogramQuantiles HistogramStdDev HistogramStdVar HistogramSum HistogramAvg DoubleExponentialSmoothing Hour Idelta Increase Info Irate LabelReplace LabelJoin LastOverTime Ln Log10 Log2 MadOverTime MaxOverTime MinOverTime TsOfFirstOverTime TsOfMaxOverTime TsOfMinOverTime TsOfLastOverTime Minute Month Pi PredictLinear PresentOverTime QuantileOverTime Rad Rate Resets Round Scalar Sgn Sin Sinh Sort SortDesc SortByLabel SortByLabelDesc StartTimestamp Range Step Sqrt StddevOverTime StdvarOverTime SumOverTime Tan Tanh Timestamp Time Vector Year MatrixSelector DurationExpr UnaryOp DurationStep DurationRange DurationMinOf DurationMaxOf NumberDurationLiteralInDurationContext OffsetExpr OffsetDurationExpr AnchoredExpr SmoothedExpr ParenExpr SubqueryExpr UnaryExpr VectorSelector LabelMatchers UnquotedLabelMatcher MatchOp EqlSingle EqlRegex NeqRegex QuotedLabelMatcher StepInvariantExpr At AtModifierPreprocessors MetricName",maxTerm:292,nodeProps:[["group",-14,38,44,46,52,68,157,165,167,168,169,170,171,172,180,"Expr"]],propSources:[$e],skippedNodes:[0,36],repeatNodeCount:3,tokenData:"4{~RwX^#lpq#lqr$ars$tst&luv'Twx'Yxy({yz)Qz{)V{|)[|})c}!O)h!O!P)o!P!Q*u!Q!R*z!R![+u![!]1O!^!_1z!_!`2a!`!a2v!b!c3]!c!}3b!}#O3x#P#Q3}#Q#R4S#R#S3b#S#T4X#T#o3b#o#p4q#q#r4v#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~#qY%V~X^#lpq#l#y#z#l$f$g#l#BY#BZ#l$IS$I_#l$I|$JO#l$JT$JU#l$KV$KW#l&FU&FV#l~$dQ!_!`$j#r#s$o~$oO!e~~$tO$x~~$yW|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f<%lO$t~%hO|~~%kRO;'S$t;'S;=`%t;=`O$t~%yX|~OY$tZr$trs%cs#O$t#O#P%h#P;'S$t;'S;=`&f;=`<%l$t<%lO$t~&iP;=`<%l$t~&qSt~OY&lZ;'S&l;'S;=`&}<%lO&l~'QP;=`<%l&l~'YO!Z~~'_W|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u<%lO'Y~'zRO;'S'Y;'S;=`(T;=`O'Y~(YX|~OY'YZw'Ywx%cx#O'Y#O#P'w#P;'S'Y;'S;=`(u;=`<%l'Y<%lO'Y~(xP;=`<%l'Y~)QO%X~~)VO%Z~~)[O!X~V)cO%^P![U~)hO%Y~V)oO%]P!]U~)rP!Q![)u~)zS%_~!Q![)u!g!h*W#R#S)o#X#Y*W~*ZR{|*d}!O*d!Q![*j~*gP!Q![*j~*oQ%_~!Q![*j#R#S*d~*zO!Y~~+P[%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#l#m0d#m#n/u~+zZ%_~!O!P)o!Q![+u!g!h*W#R#S,m#W#X-X#X#Y*W#[#]-p#a#b.U#g#h.x#k#l/Z#m#n/u~,pP!Q![,s~,xT%_~!O!P)o!Q![,s!g!h*W#R#S,m#X#Y*W~-^P%_~!Q![-a~-dS!Q![-a#[#]-p#a#b.U#g#h.x~-uP%_~!Q![-x~-{R!Q![-x#a#b.U#g#h.x~.ZQ%_~!Q![.a#g#h.s~.dR!Q![.a#a#b.m#g#h.x~.pP#g#h.s~.xO%_~~.}P%_~!Q![/Q~/TQ!Q![/Q#a#b.m~/`P%_~!Q![/c~/fT!Q![/c#W#X-X#[#]-p#a#b.U#g#h.x~/zP%_~!Q![/}~0QU!Q![/}#W#X-X#[#]-p#a#b.U#g#h.x#k#l/Z~0gR!Q![0p!c!i0p#T#Z0p~0uR%_~!Q![0p!c!i0p#T#Z0pV1VT'^S!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1fR1kT!iR!Q![1f![!]1f!c!}1f#R#S1f#T#o1f~2PQ!d~!P!Q2V!_!`2[~2[O!a~~2aO!c~~2fQ$vP!_!`2l#r#s2qQ2qO!^Q~2vO$w~~2{Q!`~!P!Q3R!_!`3W~3WO!b~~3]O!_~~3bO${~V3iT!iRzS!Q![3b![!]1f!c!}3b#R#S3b#T#o3b~3}O'Y~~4SO']~~4XO!P~~4[TO#S4X#S#T%c#T;'S4X;'S;=`4k<%lO4X~4nP;=`<%l4X~4vO'_~~4{O'`~",tokenizers:[0,1,2],topRules:{PromQL:[0,37],MetricName:[1,183]},specialized:[{term:71,get:(e,t)=>specializeIdentifier(e)<<1,external:specializeIdentifier},{term:71,get:(e,t)=>extendIdentifier(e,t)<<1|1,external:extendIdentifier,extend:true},{term:71,get:e=>Pe[e]||-1}],tokenPrec:0});const Ne=188,Ae=189,Te=1,Ie=2,Re=3,ze=4,Ce=5,Le=6,Me=7,je=8,De=9,Fe=10,Xe=11,Qe=12,Ue=13,Be=14,qe=15,Ze=16,Ge=17,Ve=18,Ye=19,We=20,Ke=21,Je=22,He=23,et=24,tt=25,rt=26,nt=27,st=28,it=29,ot=30,at=31,ct=32,ut=33,ft=34,pt=35,dt=36,ht=37,mt=38,vt=39,yt=40,bt=41,Ot=42,wt=43,_t=44,xt=45,kt=46,St=47,$t=48,Pt=49,Et=50,Nt=51,At=52,Tt=53,It=54,Rt=55,zt=56,Ct=57,Lt=58,Mt=59,jt=60,Dt=61,Ft=62,Xt=63,Qt=64,Ut=65,Bt=66,qt=67,Zt=68,Gt=69,Vt=70,Yt=71,Wt=72,Kt=73,Jt=74,Ht=75,er=76,tr=77,rr=78,nr=79,sr=80,ir=81,or=82,ar=83,cr=84,lr=85,ur=86,fr=87,pr=88,dr=89,hr=90,mr=91,gr=92,vr=93,yr=94,br=95,Or=96,wr=97,_r=98,xr=99,kr=100,Sr=101,$r=102,Pr=103,Er=104,Nr=105,Ar=106,Tr=107,Ir=108,Rr=109,zr=110,Cr=111,Lr=112,Mr=113,jr=114,Dr=115,Fr=116,Xr=117,Qr=118,Ur=119,Br=120,qr=121,Zr=122,Gr=123,Vr=124,Yr=125,Wr=126,Kr=127,Jr=128,Hr=129,tn=130,rn=131,nn=132,sn=133,on=134,an=135,cn=136,un=137,pn=138,dn=139,hn=140,mn=141,gn=142,vn=143,yn=144,bn=145,On=146,wn=147,_n=148,xn=149,kn=150,Sn=151,$n=152,Pn=153,En=154,Nn=155,An=156,Tn=157,In=158,Rn=159,zn=160,Cn=161,Ln=162,Mn=163,jn=164,Dn=165,Fn=166,Xn=167,Qn=168,Un=169,Bn=170,qn=171,Zn=172,Gn=173,Vn=174,Yn=175,Wn=176,Kn=177,Jn=178,Hn=179,es=180,ts=181,rs=182,ns=183;const ss={app:"app",namespace:"ns",track:"canary",interval:"1m",version:"1.0.0"};function checkQuery(e){for(const t of placeholdersIn(e)){if(!s.includes(t.name))return{column:t.at+1,message:`unknown placeholder {{${t.name}}} (allowed: ${s.map(e=>`{{${e}}}`).join(", ")})`}}if(e.trim()==="")return{column:1,message:"an empty query"};const t=renderQuery(e,ss);let r;Ee.parse(t).iterate({enter:e=>{if(r===undefined&&e.type.isError)r=e.from;return r===undefined}});if(r===undefined)return undefined;const n=t.slice(Math.max(0,r-10),r+10);return{column:templateColumn(e,r),message:`PromQL syntax error at column ${templateColumn(e,r)}, near "${n}"`}}function templateColumn(e,t){let r=0;for(const n of placeholdersIn(e)){const s=/\{\{[^}]*\}\}/y;s.lastIndex=n.at;const i=s.exec(e)?.[0].length??0;const o=ss[n.name].length;if(n.at+r+o>t)break;r+=o-i}return t-r+1}var is=r(9691);const os=is.aig().min(0).max(1e3);const as=is.YjP().refine(e=>{try{(0,n.E9)(e);return true}catch{return false}},{message:"a duration such as 30s, 5m or 1h"});const cs=is.Ikc({name:is.YjP().regex(/^[a-z][a-z0-9-]{0,62}$/,"a name such as error-rate (lower case, digits, dashes)").optional().describe("Name in the report (default: the template name)"),template:is.k5n(c).optional().describe("A ready-made metric; other fields override it"),query:is.YjP().optional().describe("PromQL of a value metric; placeholders {{app}} {{namespace}} {{track}} {{interval}} {{version}}"),errors:is.YjP().optional().describe("PromQL counting errors in {{interval}} (a ratio metric, with total)"),total:is.YjP().optional().describe("PromQL counting all requests in {{interval}} (a ratio metric)"),max:is.aig().optional().describe("Absolute bound: the canary fails above it"),min:is.aig().optional().describe("Absolute bound: the canary fails below it"),"max-increase":os.optional().describe("Relative bound: percent the canary may be above the baseline"),"max-decrease":os.optional().describe("Relative bound: percent the canary may be below the baseline"),judge:is.k5n(["auto","none"]).optional().describe("auto: statistical comparison with the baseline; none: bounds only"),direction:is.k5n(["increase","decrease"]).optional().describe("Which change is bad for the statistical judge"),"min-effect":os.optional().describe("Effect floor in percent of the baseline: smaller significant changes pass (default 10)"),"failure-limit":is.aig().int().min(0).optional().describe("Failed measurements tolerated before the canary fails (default 0)"),"consecutive-errors-limit":is.aig().int().min(0).optional().describe("Measurement errors in a row tolerated before the verdict is inconclusive (default 4)"),for:as.optional().describe("How long a breach must last before it counts (like an alert rule for:)"),"min-samples":is.aig().int().min(1).optional().describe("Below it a measurement is inconclusive (ratio: requests per arm, default 50; value: points per arm, default 3)")}).strict();const ls=is.Ikc({metrics:is.YOg(cs).min(1).describe("What judges the canary"),score:is.Ikc({pass:is.aig().min(0).max(100),marginal:is.aig().min(0).max(100)}).strict().optional().describe("Score thresholds (default pass 95, marginal 75)"),confidence:is.aig().gt(.5).lt(1).optional().describe("Confidence of the statistical judge (default 0.98, as Kayenta)"),window:as.optional().describe("What {{interval}} becomes in queries (default: the interval input)")}).strict().superRefine((e,t)=>{const r=new Set;e.metrics.forEach((e,n)=>checkMetric(e,["metrics",n],r,t));if(e.score&&e.score.marginal>e.score.pass)t.addIssue({code:"custom",path:["score","marginal"],message:"marginal at most pass",input:e.score.marginal})});function checkMetric(e,t,r,n){const s=e.template?a[e.template]:{};const i=e.name??e.template;if(!i)n.addIssue({code:"custom",path:[...t,"name"],message:"a name (or a template)"});else if(r.has(i))n.addIssue({code:"custom",path:[...t,"name"],message:`a unique name ("${i}" twice)`,input:i});if(i)r.add(i);const o=e.query??(e.errors||e.total?undefined:s.query);const c=e.errors??(e.query?undefined:s.errors);const l=e.total??(e.query?undefined:s.total);if(!o&&!(c&&l))n.addIssue({code:"custom",path:t,message:"a query, or errors and total, or a template"});if(o&&(e.errors||e.total))n.addIssue({code:"custom",path:t,message:"either query or errors + total, not both"});for(const[e,r]of[["query",o],["errors",c],["total",l]]){const s=r===undefined?undefined:checkQuery(r);if(s)n.addIssue({code:"custom",path:[...t,e],message:s.message,input:r})}const u=[e.max,e.min,e["max-increase"],e["max-decrease"],s.max,s.min].some(e=>e!==undefined)||"max-increase"in s||"max-decrease"in s;if(!u&&(e.judge??s.judge??"auto")==="none")n.addIssue({code:"custom",path:t,message:"a bound (max, min, max-increase, max-decrease) or judge: auto"})}const us={metrics:[{template:"http-error-rate"},{template:"latency-p95"}]};function resolveSpec(e){return{metrics:e.metrics.map(resolveMetric),pass:e.score?.pass??95,marginal:e.score?.marginal??75,confidence:e.confidence??.98,windowMs:e.window===undefined?undefined:(0,n.E9)(e.window)}}function resolveMetric(e){const t=e.template?a[e.template]:{};const r=e.query!==undefined||e.errors!==undefined;const s=e.query??(r?undefined:t.query);const i=e.errors??(r?undefined:t.errors);const o=e.total??(r?undefined:t.total);const c=s?"value":"ratio";const l=!r;return{name:e.name??e.template,kind:c,query:s,errors:i,total:o,max:e.max??(l?t.max:undefined),min:e.min??(l?t.min:undefined),maxIncrease:e["max-increase"]??(l?t["max-increase"]:undefined),maxDecrease:e["max-decrease"]??(l?t["max-decrease"]:undefined),judge:e.judge??t.judge??"auto",direction:e.direction??t.direction??"increase",minEffect:e["min-effect"]??10,failureLimit:e["failure-limit"]??0,consecutiveErrorsLimit:e["consecutive-errors-limit"]??4,forMs:e.for===undefined?0:(0,n.E9)(e.for),minSamples:e["min-samples"]??(c==="ratio"?50:3),unit:t.unit??""}}function parseSteps(e){const t=e.split(/[,\n]/).map(e=>e.trim()).filter(Boolean);if(t.length===0)throw new RangeError("at least one step");const r=t.map((e,t)=>{const r=/^(\d+(?:\.\d+)?)\s*%?\s*(?::\s*(\S+))?$/.exec(e);if(!r)throw new RangeError(`step ${t+1} "${e}" is not weight[:hold] (e.g. 25:10m)`);const s=Number(r[1]);if(!(s>0&&s<=100))throw new RangeError(`step ${t+1} "${e}": the weight must be above 0 and at most 100`);let i=0;if(r[2]!==undefined){try{i=(0,n.E9)(r[2])}catch{throw new RangeError(`step ${t+1} "${e}": "${r[2]}" is not a duration (e.g. 30s, 10m, 48h)`)}}else if(s<100){throw new RangeError(`step ${t+1} "${e}": a step below 100 needs a hold time (e.g. ${s}:10m)`)}return{weight:s,holdMs:i}});r.forEach((e,t)=>{if(t>0&&e.weight<=r[t-1].weight)throw new RangeError(`step ${t+1}: weights must increase (${r[t-1].weight} then ${e.weight})`)});return r}const fs=["canary","baseline"];function fromReading(e){switch(e.kind){case"value":{const t=e.warnings.length?e.warnings:undefined;if(Number.isNaN(e.value))return{status:"nan",message:"the query returned NaN",warnings:t};if(t)return{status:"partial",value:e.value,message:`Prometheus warned: ${t.join("; ")}`,warnings:t};return{status:"ok",value:e.value}}case"no-data":return{status:"no-data",message:"no data (empty result)",warnings:e.warnings.length?e.warnings:undefined};case"ambiguous":return{status:"ambiguous",message:`${e.series.length} series where one was expected (aggregate with sum/max): ${e.series.slice(0,3).map(e=>JSON.stringify(e)).join(", ")}`};case"error":return{status:"error",message:e.message};case"bad-query":return{status:"bad-query",message:e.message}}}function ratioObservation(e,t,r){const n=fromReading(r);const s=t.kind==="no-data"?{status:"ok",value:0}:fromReading(t);for(const t of[n,s])if(t.status!=="ok"&&t.status!=="partial")return{queries:e,...t};const i=n.value;const o=s.value;const a=[...n.warnings??[],...s.warnings??[]];return{queries:e,status:a.length?"partial":"ok",errors:o,total:i,value:i>0?o/i:undefined,...a.length?{warnings:a,message:`Prometheus warned: ${a.join("; ")}`}:{}}}function resolvedQueries(e,t){const r=e.kind==="value"?[e.query]:[e.errors,e.total];return r.map(e=>renderQuery(e,t))}async function measureRound(e,t,r,n){return Promise.all(t.map(async t=>{const s=await Promise.all(fs.map(async s=>{const i=resolvedQueries(t,r[s]);const o=await Promise.all(i.map(t=>e.instant(t,n)));if(t.kind==="value")return{queries:i,...fromReading(o[0])};return ratioObservation(i,o[0],o[1])}));return{metric:t.name,atMs:n,arms:{canary:s[0],baseline:s[1]}}}))}function allQueries(e,t){const r=new Set;const n=[];for(const s of e)for(const e of fs)for(const i of resolvedQueries(s,t[e]))if(!r.has(i)){r.add(i);n.push({metric:s.name,query:i})}return n}function median(e){return quantile(e,.5)}function quantile(e,t){if(e.length===0)return Number.NaN;const r=[...e].sort((e,t)=>e-t);const n=(r.length-1)*t;const s=Math.floor(n);const i=Math.min(r.length-1,s+1);return r[s]+(n-s)*(r[i]-r[s])}function mean(e){return e.reduce((e,t)=>e+t,0)/e.length}function variance(e){const t=mean(e);return e.reduce((e,r)=>e+(r-t)**2,0)/(e.length-1)}var ps=r(21444);var ds=r.n(ps);var hs=r(72484);var ms=r.n(hs);var gs=r(86021);var vs=r.n(gs);function normalUpperTail(e){return 1-ms()(e,0,1)}function tUpperTail(e,t){return 1-vs()(e,t)}function hypergeometricUpperTail(e,t,r,n){if(e<=0)return 1;return 1-ds()(e-1,t,r,n)}function spreadIncrease(e,t){const r=deviations(e);const n=deviations(t);const s=variance(r)/r.length;const i=variance(n)/n.length;const o=Math.sqrt(s+i);const a=mean(r)-mean(n);if(!(o>0))return{t:a>0?Infinity:0,df:r.length+n.length-2,p:a>0?0:1};const c=a/o;const l=(s+i)**2/(s**2/(r.length-1)+i**2/(n.length-1));return{t:c,df:l,p:tUpperTail(c,l)}}function deviations(e){const t=median(e);return e.map(e=>Math.abs(e-t))}const ys=20;function mannWhitney(e,t,r,n="auto"){const s=e.length;const i=t.length;if(s===0||i===0)throw new RangeError("mannWhitney: both samples need at least one value");const{ranks:o,tieSum:a}=midRanks([...e,...t]);const c=o.slice(0,s).reduce((e,t)=>e+t,0);const l=c-s*(s+1)/2;const u=hodgesLehmann(e,t);if(n==="auto"&&a===0&&s<=ys&&i<=ys){return{u:l,z:undefined,p:exactP(l,s,i,r),method:"exact",shift:u}}const f=s+i;const p=s*i/2;const d=Math.sqrt(s*i/12*(f+1-a/(f*(f-1))));if(d===0)return{u:l,z:0,p:1,method:"normal",shift:u};const upper=e=>normalUpperTail((e-p-.5)/d);const h=r==="greater"?upper(l):r==="less"?upper(s*i-l):Math.min(1,2*upper(Math.max(l,s*i-l)));return{u:l,z:(l-p)/d,p:h,method:"normal",shift:u}}function midRanks(e){const t=e.map((e,t)=>[e,t]).sort((e,t)=>e[0]-t[0]);const r=new Array(e.length);let n=0;for(let e=0;e<t.length;){let s=e;while(s+1<t.length&&t[s+1][0]===t[e][0])s++;const i=(e+s)/2+1;for(let n=e;n<=s;n++)r[t[n][1]]=i;const o=s-e+1;n+=o**3-o;e=s+1}return{ranks:r,tieSum:n}}function exactP(e,t,r,n){const s=uDistribution(t,r);const i=s.reduce((e,t)=>e+t,0);const atLeast=e=>s.slice(Math.ceil(e)).reduce((e,t)=>e+t,0)/i;const atMost=e=>s.slice(0,Math.floor(e)+1).reduce((e,t)=>e+t,0)/i;if(n==="greater")return atLeast(e);if(n==="less")return atMost(e);const o=Math.max(e,t*r-e);return Math.min(1,2*atLeast(o))}function uDistribution(e,t){let r=Array.from({length:t+1},()=>[1]);for(let n=1;n<=e;n++){const e=[[1]];for(let s=1;s<=t;s++){const t=n*s+1;const i=new Array(t).fill(0);const o=r[s];const a=e[s-1];for(let e=0;e<t;e++)i[e]=(e-s>=0?o[e-s]??0:0)+(a[e]??0);e.push(i)}r=e}return r[t]}function hodgesLehmann(e,t){const r=[];for(const n of e)for(const e of t)r.push(n-e);return median(r)}function fisherExact(e,t,r){const n=e.trials+t.trials;const s=e.events+t.events;const greater=()=>hypergeometricUpperTail(e.events,n,s,e.trials);const less=()=>hypergeometricUpperTail(t.events,n,s,t.trials);if(r==="greater")return Math.min(1,greater());if(r==="less")return Math.min(1,less());return Math.min(1,2*Math.min(greater(),less()))}function twoProportionZ(e,t,r){const n=e.events/e.trials;const s=t.events/t.trials;const i=(e.events+t.events)/(e.trials+t.trials);const o=Math.sqrt(i*(1-i)*(1/e.trials+1/t.trials));const a=o===0?0:(n-s)/o;const c=o===0?1:r==="greater"?normalUpperTail(a):r==="less"?normalUpperTail(-a):2*normalUpperTail(Math.abs(a));return{test:"two-proportion",p:c,statistic:a}}function compareProportions(e,t,r){for(const r of[e,t])if(!Number.isInteger(r.events)||!Number.isInteger(r.trials)||r.events<0||r.events>r.trials)throw new RangeError(`counts must be whole numbers with 0 <= events <= trials (got ${r.events}/${r.trials})`);if(e.events+t.events<=bs)return{test:"fisher",p:fisherExact(e,t,r),statistic:e.events};return twoProportionZ(e,t,r)}const bs=1e4;function judgeMetric(e,t,r,n){const{canary:s,baseline:i}=t.arms;const o=e.kind==="ratio"?{canary:s.total??0,baseline:i.total??0}:{canary:r.canary.length,baseline:r.baseline.length};const a={metric:e.name,canary:s.value,baseline:i.value,samples:o,statistics:[]};const c=armProblem(s,"canary")??armProblem(i,"baseline");if(c)return{...a,...c};if(e.kind==="ratio"&&(o.canary<e.minSamples||o.baseline<e.minSamples))return{...a,outcome:"inconclusive",reason:`too little traffic: ${fmt(o.canary)} canary / ${fmt(o.baseline)} baseline requests in the window, at least ${e.minSamples} per arm needed`};const l=checkBounds(e,s.value,i.value);if(l)return{...a,outcome:"fail",reason:l};if(e.judge==="none")return{...a,outcome:"pass",reason:boundsText(e)};const u=Number(((1-n)/2).toPrecision(12));return e.kind==="ratio"?{...a,...judgeRatio(e,s,i,u)}:{...a,...judgeSeries(e,r,u)}}function armProblem(e,t){if(e.status==="ok")return undefined;const r=e.status==="error"||e.status==="bad-query"?"error":"inconclusive";return{outcome:r,reason:`${t}: ${e.message??e.status}`}}function checkBounds(e,t,r){const show=t=>e.unit==="ratio"?`${fmt(t*100)}%`:`${fmt(t)}${e.unit?` ${e.unit}`:""}`;if(e.max!==undefined&&t>e.max)return`canary ${show(t)} above the maximum ${show(e.max)}`;if(e.min!==undefined&&t<e.min)return`canary ${show(t)} below the minimum ${show(e.min)}`;const n=r===0?t===0?0:Infinity*Math.sign(t):(t-r)/Math.abs(r)*100;if(e.maxIncrease!==undefined&&n>e.maxIncrease)return`canary ${show(t)} is ${fmt(n)}% above the baseline ${show(r)} (at most +${e.maxIncrease}%)`;if(e.maxDecrease!==undefined&&-n>e.maxDecrease)return`canary ${show(t)} is ${fmt(-n)}% below the baseline ${show(r)} (at most -${e.maxDecrease}%)`;return undefined}function boundsText(e){const t=[e.max!==undefined?`≤ ${e.max}`:"",e.min!==undefined?`≥ ${e.min}`:"",e.maxIncrease!==undefined?`≤ baseline +${e.maxIncrease}%`:"",e.maxDecrease!==undefined?`≥ baseline -${e.maxDecrease}%`:""].filter(Boolean);return`within bounds (${t.join(", ")})`}function judgeRatio(e,t,r,n){const s={events:Math.round(t.errors),trials:Math.round(t.total)};const i={events:Math.round(r.errors),trials:Math.round(r.total)};const o=compareProportions(s,i,e.direction==="increase"?"greater":"less");const a=s.events/s.trials;const c=i.events/i.trials;const l=c===0?a===0?0:Infinity:(a-c)/c*100;const u={test:o.test,p:o.p,alpha:n,statistic:o.statistic,effect:l};const f=e.direction==="increase"?l>=e.minEffect:-l>=e.minEffect;const p=`canary ${fmt(a*100)}% (${fmt(s.events)}/${fmt(s.trials)}) vs baseline ${fmt(c*100)}% (${fmt(i.events)}/${fmt(i.trials)}), ${o.test} p=${fmtP(o.p)}`;if(o.p<n&&f)return{outcome:"fail",reason:`${p} < ${n}: significantly worse`,statistics:[u]};return{outcome:"pass",reason:`${p}: no significant ${e.direction}`,statistics:[u]}}function judgeSeries(e,t,r){let n=r;const s=t.canary.filter(Number.isFinite);const i=t.baseline.filter(Number.isFinite);if(s.length<e.minSamples||i.length<e.minSamples)return{outcome:"inconclusive",reason:`${s.length} canary / ${i.length} baseline points in this step (one per window), at least ${e.minSamples} per arm needed for the judge`,statistics:[],collecting:true};const o=e.direction==="increase";if(o)n=n/2;const a=mannWhitney(s,i,o?"greater":"less");const c=Math.abs(median(i))||Math.abs(median(s))||1;const l=a.shift/c*100;const u=[{test:"mann-whitney",p:a.p,alpha:n,statistic:a.u,effect:l}];if(a.p<n&&(o?l:-l)>=e.minEffect)return{outcome:"fail",reason:`Mann-Whitney p=${fmtP(a.p)} < ${n}, Hodges-Lehmann shift ${fmt(a.shift)} (${fmt(l)}% of the baseline median, floor ${e.minEffect}%)`,statistics:u};if(o){const t=spreadIncrease(s,i);const r=(quantile(s,.9)-quantile(i,.9))/(Math.abs(quantile(i,.9))||1)*100;u.push({test:"brown-forsythe",p:t.p,alpha:n,statistic:t.t,effect:r});if(t.p<n&&r>=e.minEffect)return{outcome:"fail",reason:`spread rose: Brown-Forsythe p=${fmtP(t.p)} < ${n}, canary p90 ${fmt(r)}% above the baseline's (floor ${e.minEffect}%)`,statistics:u}}return{outcome:"pass",reason:`no significant ${e.direction} (Mann-Whitney p=${fmtP(a.p)}, shift ${fmt(l)}%)`,statistics:u}}function fmt(e){if(!Number.isFinite(e))return String(e);return Number(e.toPrecision(4)).toString()}function fmtP(e){return e<1e-4?e.toExponential(1):e.toFixed(4)}var Os=r(77598);const ws=60;function startStep(e,t,r){return{step:e,stepStartedAtMs:t,rounds:0,metrics:{},digest:r?.digest??""}}function counters(e,t){return e.metrics[t]??{failures:0,consecutiveErrors:0,canary:[],baseline:[]}}function withValues(e,t,r,n,s){if(t===undefined||r===undefined||!Number.isFinite(t)||!Number.isFinite(r))return e;if(e.sampledAtMs!==undefined&&n-e.sampledAtMs<s)return e;return{...e,canary:[...e.canary,t].slice(-ws),baseline:[...e.baseline,r].slice(-ws),sampledAtMs:n}}function applyRound(e,t,r,n,s){const i={...t.metrics};const o=[];let a;let c;for(const s of r){const r=e.metrics.find(e=>e.name===s.metric);const l={...counters(t,s.metric)};if(s.outcome==="inconclusive"&&s.collecting){l.consecutiveErrors=0;o.push("none")}else if(s.outcome==="error"||s.outcome==="inconclusive"){l.consecutiveErrors++;o.push("none");if(l.consecutiveErrors>r.consecutiveErrorsLimit)c??=`${s.metric}: ${l.consecutiveErrors} ${s.outcome==="error"?"measurement errors":"inconclusive measurements"} in a row (limit ${r.consecutiveErrorsLimit}); last: ${s.reason}`}else if(s.outcome==="fail"){l.consecutiveErrors=0;l.breachSinceMs??=n;if(n-l.breachSinceMs>=r.forMs){l.failures++;if(l.failures>r.failureLimit){a??=`${s.metric}: ${s.reason}${r.failureLimit?` (${l.failures} failures, limit ${r.failureLimit})`:""}`;o.push("fail")}else o.push("tolerated")}else o.push("pending")}else{l.consecutiveErrors=0;l.breachSinceMs=undefined;o.push("pass")}i[s.metric]=l}const l={...t,rounds:t.rounds+1,metrics:i,digest:chain(t.digest,r)};const u=n-t.stepStartedAtMs>=s;const f=o.filter(e=>e!=="none"&&(u||e!=="tolerated"&&e!=="pending"));const p=f.length?100*f.filter(e=>e==="pass").length/f.length:undefined;if(a)return{state:l,decision:{kind:"failed",score:p,reason:a}};if(c)return{state:l,decision:{kind:"inconclusive",score:p,reason:c}};if(!u){if(p!==undefined&&p<e.marginal)return{state:l,decision:{kind:"failed",score:p,reason:`score ${round(p)} below marginal ${e.marginal}`}};return{state:l,decision:{kind:"continue",score:p}}}const d=r.filter(e=>e.outcome==="error"||e.outcome==="inconclusive");if(d.length)return{state:l,decision:{kind:"continue",score:p}};if(p===undefined||p<e.pass)return{state:l,decision:{kind:"failed",score:p,reason:`final score ${round(p??0)} below pass ${e.pass}`}};return{state:l,decision:{kind:"step-passed",score:p,reason:`score ${round(p)} after ${l.rounds} rounds`}}}function chain(e,t){const r=(0,Os.createHash)("sha256");r.update(e);for(const e of t)r.update(`${e.metric}:${e.outcome}:${e.canary??""}:${e.baseline??""};`);return r.digest("hex").slice(0,16)}function round(e){return Math.round(e*10)/10}function judgeRound(e,t,r,n,s,i){const o={...t.metrics};const a=r.map(r=>{const s=e.metrics.find(e=>e.name===r.metric);if(!s)throw new RangeError(`observation of unknown metric ${r.metric}`);const a=s.kind==="value"?withValues(counters(t,s.name),r.arms.canary.status==="ok"?r.arms.canary.value:undefined,r.arms.baseline.status==="ok"?r.arms.baseline.value:undefined,n,i):counters(t,s.name);o[s.name]=a;return judgeMetric(s,r,{canary:a.canary,baseline:a.baseline},e.confidence)});const{state:c,decision:l}=applyRound(e,{...t,metrics:o},a,n,s);return{state:c,judgements:a,decision:l}}async function walkCanary(e){const t=e.clock.now();const r=t+e.maxRunTimeMs;const s=[];const i=[];let o=e.resume??startStep(0,t);let a=e.resume!==undefined;let c;for(let t=o.step;t<e.steps.length;t++){const l=e.steps[t];if(l.weight===100&&l.holdMs===0)break;if(!a){o=startStep(t,e.clock.now(),o)}const u=await e.driver.setWeight(l.weight);i.push({step:t,atMs:e.clock.now(),...u});e.log.info(`step ${t+1}/${e.steps.length}: weight ${u.requested}% (effective ${u.effective}%)${a?", continued from the recorded state":""}`);if(!a)await e.driver.save(o);a=false;if(l.holdMs===0)continue;for(;;){const a=o.stepStartedAtMs+l.holdMs;const u=e.clock.now();const f=a>u?Math.min(u+e.intervalMs,a):u+e.intervalMs;if(f>r){await e.driver.save(o);const r=Math.round((a-e.clock.now())/1e3);return{verdict:"in-progress",reason:`max-run-time reached at step ${t+1} (weight ${l.weight}%, ${r}s of its hold left); the next run continues it`,score:c,state:o,rounds:s,weights:i}}await e.clock.sleep(Math.max(0,f-e.clock.now()),e.signal);if(e.signal.aborted)throw new n.cc("cancelled");const p=e.clock.now();const d=await e.measure(p);const h=judgeRound(e.spec,o,d,p,l.holdMs,e.spec.windowMs??e.intervalMs);const m={step:t,stepStartedAtMs:o.stepStartedAtMs,atMs:p,observations:d,judgements:h.judgements,decision:h.decision};o=h.state;s.push(m);e.onRound?.(m);await e.driver.save(o);c=h.decision.score??c;const g=h.decision;if(g.kind==="failed"||g.kind==="inconclusive")return{verdict:g.kind,reason:`step ${t+1} (weight ${l.weight}%): ${g.reason}`,score:g.score,state:o,rounds:s,weights:i};if(g.kind==="step-passed"){e.log.info(`step ${t+1} passed: ${g.reason}`);break}}}return{verdict:"passed",reason:`all ${e.steps.length} steps passed`,score:c,state:o,rounds:s,weights:i}}function replay(e){let t=e.resumedFrom;const r=[];let n;e.rounds.forEach((s,i)=>{if(!t||t.step!==s.step)t=startStep(s.step,s.stepStartedAtMs,t);t={...t,stepStartedAtMs:s.stepStartedAtMs};const o=e.steps[s.step]?.holdMs??0;const a=judgeRound(e.spec,t,s.observations,s.atMs,o,e.spec.windowMs??e.intervalMs);t=a.state;n=a.decision;const c=describe(s.decision);const l=describe(a.decision);if(c!==l)r.push({round:i+1,recorded:c,replayed:l})});const s=verdictOf(n,e);return{verdict:s,reason:n&&"reason"in n?n.reason:e.reason,differences:r}}function verdictOf(e,t){if(!e)return"in-progress";if(e.kind==="failed")return"failed";if(e.kind==="inconclusive")return"inconclusive";if(e.kind==="step-passed"){const e=t.rounds.at(-1).step;return t.steps.slice(e+1).some(e=>e.holdMs>0)?"in-progress":"passed"}return"in-progress"}function describe(e){return"reason"in e?`${e.kind}: ${e.reason}`:e.kind}},42613:t=>{t.exports=e(import.meta.url)("assert")},20181:t=>{t.exports=e(import.meta.url)("buffer")},76982:t=>{t.exports=e(import.meta.url)("crypto")},72250:t=>{t.exports=e(import.meta.url)("dns")},24434:t=>{t.exports=e(import.meta.url)("events")},79896:t=>{t.exports=e(import.meta.url)("fs")},58611:t=>{t.exports=e(import.meta.url)("http")},65692:t=>{t.exports=e(import.meta.url)("https")},73339:t=>{t.exports=e(import.meta.url)("module")},69278:t=>{t.exports=e(import.meta.url)("net")},34589:t=>{t.exports=e(import.meta.url)("node:assert")},16698:t=>{t.exports=e(import.meta.url)("node:async_hooks")},4573:t=>{t.exports=e(import.meta.url)("node:buffer")},31421:t=>{t.exports=e(import.meta.url)("node:child_process")},37540:t=>{t.exports=e(import.meta.url)("node:console")},77598:t=>{t.exports=e(import.meta.url)("node:crypto")},53053:t=>{t.exports=e(import.meta.url)("node:diagnostics_channel")},40610:t=>{t.exports=e(import.meta.url)("node:dns")},78474:t=>{t.exports=e(import.meta.url)("node:events")},73024:t=>{t.exports=e(import.meta.url)("node:fs")},51455:t=>{t.exports=e(import.meta.url)("node:fs/promises")},37067:t=>{t.exports=e(import.meta.url)("node:http")},32467:t=>{t.exports=e(import.meta.url)("node:http2")},44708:t=>{t.exports=e(import.meta.url)("node:https")},77030:t=>{t.exports=e(import.meta.url)("node:net")},76760:t=>{t.exports=e(import.meta.url)("node:path")},643:t=>{t.exports=e(import.meta.url)("node:perf_hooks")},41792:t=>{t.exports=e(import.meta.url)("node:querystring")},80481:t=>{t.exports=e(import.meta.url)("node:readline")},80099:t=>{t.exports=e(import.meta.url)("node:sqlite")},57075:t=>{t.exports=e(import.meta.url)("node:stream")},37830:t=>{t.exports=e(import.meta.url)("node:stream/web")},87997:t=>{t.exports=e(import.meta.url)("node:timers")},58500:t=>{t.exports=e(import.meta.url)("node:timers/promises")},41692:t=>{t.exports=e(import.meta.url)("node:tls")},73136:t=>{t.exports=e(import.meta.url)("node:url")},57975:t=>{t.exports=e(import.meta.url)("node:util")},73429:t=>{t.exports=e(import.meta.url)("node:util/types")},75919:t=>{t.exports=e(import.meta.url)("node:worker_threads")},38522:t=>{t.exports=e(import.meta.url)("node:zlib")},70857:t=>{t.exports=e(import.meta.url)("os")},16928:t=>{t.exports=e(import.meta.url)("path")},932:t=>{t.exports=e(import.meta.url)("process")},83480:t=>{t.exports=e(import.meta.url)("querystring")},2203:t=>{t.exports=e(import.meta.url)("stream")},13193:t=>{t.exports=e(import.meta.url)("string_decoder")},64756:t=>{t.exports=e(import.meta.url)("tls")},52018:t=>{t.exports=e(import.meta.url)("tty")},87016:t=>{t.exports=e(import.meta.url)("url")},39023:t=>{t.exports=e(import.meta.url)("util")},69154:t=>{t.exports=e(import.meta.url)("vm")},43106:t=>{t.exports=e(import.meta.url)("zlib")},57349:(e,t,r)=>{var n=r(41127);var s=r(63301);var i=r(84454);var o=r(92223);var a=r(87103);var c=r(90334);var l=r(13142);function resolveCollection(e,t,r,n,s,i){const o=r.type==="block-map"?a.resolveBlockMap(e,t,r,n,i):r.type==="block-seq"?c.resolveBlockSeq(e,t,r,n,i):l.resolveFlowCollection(e,t,r,n,i);const u=o.constructor;if(s==="!"||s===u.tagName){o.tag=u.tagName;return o}if(s)o.tag=s;return o}function composeCollection(e,t,r,a,c){const l=a.tag;const u=!l?null:t.directives.tagName(l.source,e=>c(l,"TAG_RESOLVE_FAILED",e));if(r.type==="block-seq"){const{anchor:e,newlineAfterProp:t}=a;const r=e&&l?e.offset>l.offset?e:l:e??l;if(r&&(!t||t.offset<r.offset)){const e="Missing newline after block sequence props";c(r,"MISSING_CHAR",e)}}const f=r.type==="block-map"?"map":r.type==="block-seq"?"seq":r.start.source==="{"?"map":"seq";if(!l||!u||u==="!"||u===i.YAMLMap.tagName&&f==="map"||u===o.YAMLSeq.tagName&&f==="seq"){return resolveCollection(e,t,r,c,u)}let p=t.schema.tags.find(e=>e.tag===u&&e.collection===f);if(!p){const n=t.schema.knownTags[u];if(n?.collection===f){t.schema.tags.push(Object.assign({},n,{default:false}));p=n}else{if(n){c(l,"BAD_COLLECTION_TYPE",`${n.tag} used for ${f} collection, but expects ${n.collection??"scalar"}`,true)}else{c(l,"TAG_RESOLVE_FAILED",`Unresolved tag: ${u}`,true)}return resolveCollection(e,t,r,c,u)}}const d=resolveCollection(e,t,r,c,u,p);const h=p.resolve?.(d,e=>c(l,"TAG_RESOLVE_FAILED",e),t.options)??d;const m=n.isNode(h)?h:new s.Scalar(h);m.range=d.range;m.tag=u;if(p?.format)m.format=p.format;return m}t.composeCollection=composeCollection},23683:(e,t,r)=>{var n=r(3021);var s=r(45937);var i=r(17788);var o=r(34631);function composeDoc(e,t,{offset:r,start:a,value:c,end:l},u){const f=Object.assign({_directives:t},e);const p=new n.Document(undefined,f);const d={atKey:false,atRoot:true,directives:p.directives,options:p.options,schema:p.schema};const h=o.resolveProps(a,{indicator:"doc-start",next:c??l?.[0],offset:r,onError:u,parentIndent:0,startOnNewline:true});if(h.found){p.directives.docStart=true;if(c&&(c.type==="block-map"||c.type==="block-seq")&&!h.hasNewline)u(h.end,"MISSING_CHAR","Block collection cannot start on same line with directives-end marker")}p.contents=c?s.composeNode(d,c,h,u):s.composeEmptyNode(d,h.end,a,null,h,u);const m=p.contents.range[2];const g=i.resolveEnd(l,m,false,u);if(g.comment)p.comment=g.comment;p.range=[r,m,g.offset];return p}t.composeDoc=composeDoc},45937:(e,t,r)=>{var n=r(4065);var s=r(41127);var i=r(57349);var o=r(5413);var a=r(17788);var c=r(22599);const l={composeNode:composeNode,composeEmptyNode:composeEmptyNode};function composeNode(e,t,r,n){const a=e.atKey;const{spaceBefore:c,comment:u,anchor:f,tag:p}=r;let d;let h=true;switch(t.type){case"alias":d=composeAlias(e,t,n);if(f||p)n(t,"ALIAS_PROPS","An alias node must not specify any properties");break;case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"block-scalar":d=o.composeScalar(e,t,p,n);if(f)d.anchor=f.source.substring(1);break;case"block-map":case"block-seq":case"flow-collection":try{d=i.composeCollection(l,e,t,r,n);if(f)d.anchor=f.source.substring(1)}catch(e){const r=e instanceof Error?e.message:String(e);n(t,"RESOURCE_EXHAUSTION",r)}break;default:{const e=t.type==="error"?t.message:`Unsupported token (type: ${t.type})`;n(t,"UNEXPECTED_TOKEN",e);h=false}}d??(d=composeEmptyNode(e,t.offset,undefined,null,r,n));if(f&&d.anchor==="")n(f,"BAD_ALIAS","Anchor cannot be an empty string");if(a&&e.options.stringKeys&&(!s.isScalar(d)||typeof d.value!=="string"||d.tag&&d.tag!=="tag:yaml.org,2002:str")){const e="With stringKeys, all keys must be strings";n(p??t,"NON_STRING_KEY",e)}if(c)d.spaceBefore=true;if(u){if(t.type==="scalar"&&t.source==="")d.comment=u;else d.commentBefore=u}if(e.options.keepSourceTokens&&h)d.srcToken=t;return d}function composeEmptyNode(e,t,r,n,{spaceBefore:s,comment:i,anchor:a,tag:l,end:u},f){const p={type:"scalar",offset:c.emptyScalarPosition(t,r,n),indent:-1,source:""};const d=o.composeScalar(e,p,l,f);if(a){d.anchor=a.source.substring(1);if(d.anchor==="")f(a,"BAD_ALIAS","Anchor cannot be an empty string")}if(s)d.spaceBefore=true;if(i){d.comment=i;d.range[2]=u}return d}function composeAlias({options:e},{offset:t,source:r,end:s},i){const o=new n.Alias(r.substring(1));if(o.source==="")i(t,"BAD_ALIAS","Alias cannot be an empty string");if(o.source.endsWith(":"))i(t+r.length-1,"BAD_ALIAS","Alias ending in : is ambiguous",true);const c=t+r.length;const l=a.resolveEnd(s,c,e.strict,i);o.range=[t,c,l.offset];if(l.comment)o.comment=l.comment;return o}t.composeEmptyNode=composeEmptyNode;t.composeNode=composeNode},5413:(e,t,r)=>{var n=r(41127);var s=r(63301);var i=r(48913);var o=r(76842);function composeScalar(e,t,r,a){const{value:c,type:l,comment:u,range:f}=t.type==="block-scalar"?i.resolveBlockScalar(e,t,a):o.resolveFlowScalar(t,e.options.strict,a);const p=r?e.directives.tagName(r.source,e=>a(r,"TAG_RESOLVE_FAILED",e)):null;let d;if(e.options.stringKeys&&e.atKey){d=e.schema[n.SCALAR]}else if(p)d=findScalarTagByName(e.schema,c,p,r,a);else if(t.type==="scalar")d=findScalarTagByTest(e,c,t,a);else d=e.schema[n.SCALAR];let h;try{const i=d.resolve(c,e=>a(r??t,"TAG_RESOLVE_FAILED",e),e.options);h=n.isScalar(i)?i:new s.Scalar(i)}catch(e){const n=e instanceof Error?e.message:String(e);a(r??t,"TAG_RESOLVE_FAILED",n);h=new s.Scalar(c)}h.range=f;h.source=c;if(l)h.type=l;if(p)h.tag=p;if(d.format)h.format=d.format;if(u)h.comment=u;return h}function findScalarTagByName(e,t,r,s,i){if(r==="!")return e[n.SCALAR];const o=[];for(const t of e.tags){if(!t.collection&&t.tag===r){if(t.default&&t.test)o.push(t);else return t}}for(const e of o)if(e.test?.test(t))return e;const a=e.knownTags[r];if(a&&!a.collection){e.tags.push(Object.assign({},a,{default:false,test:undefined}));return a}i(s,"TAG_RESOLVE_FAILED",`Unresolved tag: ${r}`,r!=="tag:yaml.org,2002:str");return e[n.SCALAR]}function findScalarTagByTest({atKey:e,directives:t,schema:r},s,i,o){const a=r.tags.find(t=>(t.default===true||e&&t.default==="key")&&t.test?.test(s))||r[n.SCALAR];if(r.compat){const e=r.compat.find(e=>e.default&&e.test?.test(s))??r[n.SCALAR];if(a.tag!==e.tag){const r=t.tagString(a.tag);const n=t.tagString(e.tag);const s=`Value may be parsed as either ${r} or ${n}`;o(i,"TAG_RESOLVE_FAILED",s,true)}}return a}t.composeScalar=composeScalar},89984:(e,t,r)=>{var n=r(932);var s=r(61342);var i=r(3021);var o=r(91464);var a=r(41127);var c=r(23683);var l=r(17788);function getErrorPos(e){if(typeof e==="number")return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];const{offset:t,source:r}=e;return[t,t+(typeof r==="string"?r.length:1)]}function parsePrelude(e){let t="";let r=false;let n=false;for(let s=0;s<e.length;++s){const i=e[s];switch(i[0]){case"#":t+=(t===""?"":n?"\n\n":"\n")+(i.substring(1)||" ");r=true;n=false;break;case"%":if(e[s+1]?.[0]!=="#")s+=1;r=false;break;default:if(!r)n=true;r=false}}return{comment:t,afterEmptyLine:n}}class Composer{constructor(e={}){this.doc=null;this.atDirectives=false;this.prelude=[];this.errors=[];this.warnings=[];this.onError=(e,t,r,n)=>{const s=getErrorPos(e);if(n)this.warnings.push(new o.YAMLWarning(s,t,r));else this.errors.push(new o.YAMLParseError(s,t,r))};this.directives=new s.Directives({version:e.version||"1.2"});this.options=e}decorate(e,t){const{comment:r,afterEmptyLine:n}=parsePrelude(this.prelude);if(r){const s=e.contents;if(t){e.comment=e.comment?`${e.comment}\n${r}`:r}else if(n||e.directives.docStart||!s){e.commentBefore=r}else if(a.isCollection(s)&&!s.flow&&s.items.length>0){let e=s.items[0];if(a.isPair(e))e=e.key;const t=e.commentBefore;e.commentBefore=t?`${r}\n${t}`:r}else{const e=s.commentBefore;s.commentBefore=e?`${r}\n${e}`:r}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else{e.errors=this.errors;e.warnings=this.warnings}this.prelude=[];this.errors=[];this.warnings=[]}streamInfo(){return{comment:parsePrelude(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=false,r=-1){for(const t of e)yield*this.next(t);yield*this.end(t,r)}*next(e){if(n.env.LOG_STREAM)console.dir(e,{depth:null});switch(e.type){case"directive":this.directives.add(e.source,(t,r,n)=>{const s=getErrorPos(e);s[0]+=t;this.onError(s,"BAD_DIRECTIVE",r,n)});this.prelude.push(e.source);this.atDirectives=true;break;case"document":{const t=c.composeDoc(this.options,this.directives,e,this.onError);if(this.atDirectives&&!t.directives.docStart)this.onError(e,"MISSING_CHAR","Missing directives-end/doc-start indicator line");this.decorate(t,false);if(this.doc)yield this.doc;this.doc=t;this.atDirectives=false;break}case"byte-order-mark":case"space":break;case"comment":case"newline":this.prelude.push(e.source);break;case"error":{const t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message;const r=new o.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t);if(this.atDirectives||!this.doc)this.errors.push(r);else this.doc.errors.push(r);break}case"doc-end":{if(!this.doc){const t="Unexpected doc-end without preceding document";this.errors.push(new o.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",t));break}this.doc.directives.docEnd=true;const t=l.resolveEnd(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);this.decorate(this.doc,true);if(t.comment){const e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new o.YAMLParseError(getErrorPos(e),"UNEXPECTED_TOKEN",`Unsupported token ${e.type}`))}}*end(e=false,t=-1){if(this.doc){this.decorate(this.doc,true);yield this.doc;this.doc=null}else if(e){const e=Object.assign({_directives:this.directives},this.options);const r=new i.Document(undefined,e);if(this.atDirectives)this.onError(t,"MISSING_CHAR","Missing directives-end indicator line");r.range=[0,t,t];this.decorate(r,false);yield r}}}t.Composer=Composer},87103:(e,t,r)=>{var n=r(57165);var s=r(84454);var i=r(34631);var o=r(9499);var a=r(74051);var c=r(81187);const l="All mapping items must start at the same column";function resolveBlockMap({composeNode:e,composeEmptyNode:t},r,u,f,p){const d=p?.nodeClass??s.YAMLMap;const h=new d(r.schema);if(r.atRoot)r.atRoot=false;let m=u.offset;let g=null;for(const s of u.items){const{start:p,key:d,sep:v,value:y}=s;const b=i.resolveProps(p,{indicator:"explicit-key-ind",next:d??v?.[0],offset:m,onError:f,parentIndent:u.indent,startOnNewline:true});const O=!b.found;if(O){if(d){if(d.type==="block-seq")f(m,"BLOCK_AS_IMPLICIT_KEY","A block sequence may not be used as an implicit map key");else if("indent"in d&&d.indent!==u.indent)f(m,"BAD_INDENT",l)}if(!b.anchor&&!b.tag&&!v){g=b.end;if(b.comment){if(h.comment)h.comment+="\n"+b.comment;else h.comment=b.comment}continue}if(b.newlineAfterProp||o.containsNewline(d)){f(d??p[p.length-1],"MULTILINE_IMPLICIT_KEY","Implicit keys need to be on a single line")}}else if(b.found?.indent!==u.indent){f(m,"BAD_INDENT",l)}r.atKey=true;const w=b.end;const x=d?e(r,d,b,f):t(r,w,p,null,b,f);if(r.schema.compat)a.flowIndentCheck(u.indent,d,f);r.atKey=false;if(c.mapIncludes(r,h.items,x))f(w,"DUPLICATE_KEY","Map keys must be unique");const k=i.resolveProps(v??[],{indicator:"map-value-ind",next:y,offset:x.range[2],onError:f,parentIndent:u.indent,startOnNewline:!d||d.type==="block-scalar"});m=k.end;if(k.found){if(O){if(y?.type==="block-map"&&!k.hasNewline)f(m,"BLOCK_AS_IMPLICIT_KEY","Nested mappings are not allowed in compact mappings");if(r.options.strict&&b.start<k.found.offset-1024)f(x.range,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit block mapping key")}const i=y?e(r,y,k,f):t(r,m,v,null,k,f);if(r.schema.compat)a.flowIndentCheck(u.indent,y,f);m=i.range[2];const o=new n.Pair(x,i);if(r.options.keepSourceTokens)o.srcToken=s;h.items.push(o)}else{if(O)f(x.range,"MISSING_CHAR","Implicit map keys need to be followed by map values");if(k.comment){if(x.comment)x.comment+="\n"+k.comment;else x.comment=k.comment}const e=new n.Pair(x);if(r.options.keepSourceTokens)e.srcToken=s;h.items.push(e)}}if(g&&g<m)f(g,"IMPOSSIBLE","Map comment with trailing content");h.range=[u.offset,m,g??m];return h}t.resolveBlockMap=resolveBlockMap},48913:(e,t,r)=>{var n=r(63301);function resolveBlockScalar(e,t,r){const s=t.offset;const i=parseBlockScalarHeader(t,e.options.strict,r);if(!i)return{value:"",type:null,comment:"",range:[s,s,s]};const o=i.mode===">"?n.Scalar.BLOCK_FOLDED:n.Scalar.BLOCK_LITERAL;const a=t.source?splitLines(t.source):[];let c=a.length;for(let e=a.length-1;e>=0;--e){const t=a[e][1];if(t===""||t==="\r")c=e;else break}if(c===0){const e=i.chomp==="+"&&a.length>0?"\n".repeat(Math.max(1,a.length-1)):"";let r=s+i.length;if(t.source)r+=t.source.length;return{value:e,type:o,comment:i.comment,range:[s,r,r]}}let l=t.indent+i.indent;let u=t.offset+i.length;let f=0;for(let t=0;t<c;++t){const[n,s]=a[t];if(s===""||s==="\r"){if(i.indent===0&&n.length>l)l=n.length}else{if(n.length<l){const e="Block scalars with more-indented leading empty lines must use an explicit indentation indicator";r(u+n.length,"MISSING_CHAR",e)}if(i.indent===0)l=n.length;f=t;if(l===0&&!e.atRoot){const e="Block scalar values in collections must be indented";r(u,"BAD_INDENT",e)}break}u+=n.length+s.length+1}for(let e=a.length-1;e>=c;--e){if(a[e][0].length>l)c=e+1}let p="";let d="";let h=false;for(let e=0;e<f;++e)p+=a[e][0].slice(l)+"\n";for(let e=f;e<c;++e){let[t,s]=a[e];u+=t.length+s.length+1;const c=s[s.length-1]==="\r";if(c)s=s.slice(0,-1);if(s&&t.length<l){const e=i.indent?"explicit indentation indicator":"first line";const n=`Block scalar lines must not be less indented than their ${e}`;r(u-s.length-(c?2:1),"BAD_INDENT",n);t=""}if(o===n.Scalar.BLOCK_LITERAL){p+=d+t.slice(l)+s;d="\n"}else if(t.length>l||s[0]==="\t"){if(d===" ")d="\n";else if(!h&&d==="\n")d="\n\n";p+=d+t.slice(l)+s;d="\n";h=true}else if(s===""){if(d==="\n")p+="\n";else d="\n"}else{p+=d+s;d=" ";h=false}}switch(i.chomp){case"-":break;case"+":for(let e=c;e<a.length;++e)p+="\n"+a[e][0].slice(l);if(p[p.length-1]!=="\n")p+="\n";break;default:p+="\n"}const m=s+i.length+t.source.length;return{value:p,type:o,comment:i.comment,range:[s,m,m]}}function parseBlockScalarHeader({offset:e,props:t},r,n){if(t[0].type!=="block-scalar-header"){n(t[0],"IMPOSSIBLE","Block scalar header not found");return null}const{source:s}=t[0];const i=s[0];let o=0;let a="";let c=-1;for(let t=1;t<s.length;++t){const r=s[t];if(!a&&(r==="-"||r==="+"))a=r;else{const n=Number(r);if(!o&&n)o=n;else if(c===-1)c=e+t}}if(c!==-1)n(c,"UNEXPECTED_TOKEN",`Block scalar header includes extra characters: ${s}`);let l=false;let u="";let f=s.length;for(let e=1;e<t.length;++e){const s=t[e];switch(s.type){case"space":l=true;case"newline":f+=s.source.length;break;case"comment":if(r&&!l){const e="Comments must be separated from other tokens by white space characters";n(s,"MISSING_CHAR",e)}f+=s.source.length;u=s.source.substring(1);break;case"error":n(s,"UNEXPECTED_TOKEN",s.message);f+=s.source.length;break;default:{const e=`Unexpected token in block scalar header: ${s.type}`;n(s,"UNEXPECTED_TOKEN",e);const t=s.source;if(t&&typeof t==="string")f+=t.length}}}return{mode:i,indent:o,chomp:a,comment:u,length:f}}function splitLines(e){const t=e.split(/\n( *)/);const r=t[0];const n=r.match(/^( *)/);const s=n?.[1]?[n[1],r.slice(n[1].length)]:["",r];const i=[s];for(let e=1;e<t.length;e+=2)i.push([t[e],t[e+1]]);return i}t.resolveBlockScalar=resolveBlockScalar},90334:(e,t,r)=>{var n=r(92223);var s=r(34631);var i=r(74051);function resolveBlockSeq({composeNode:e,composeEmptyNode:t},r,o,a,c){const l=c?.nodeClass??n.YAMLSeq;const u=new l(r.schema);if(r.atRoot)r.atRoot=false;if(r.atKey)r.atKey=false;let f=o.offset;let p=null;for(const{start:n,value:c}of o.items){const l=s.resolveProps(n,{indicator:"seq-item-ind",next:c,offset:f,onError:a,parentIndent:o.indent,startOnNewline:true});if(!l.found){if(l.anchor||l.tag||c){if(c?.type==="block-seq")a(l.end,"BAD_INDENT","All sequence items must start at the same column");else a(f,"MISSING_CHAR","Sequence item without - indicator")}else{p=l.end;if(l.comment)u.comment=l.comment;continue}}const d=c?e(r,c,l,a):t(r,l.end,n,null,l,a);if(r.schema.compat)i.flowIndentCheck(o.indent,c,a);f=d.range[2];u.items.push(d)}u.range=[o.offset,f,p??f];return u}t.resolveBlockSeq=resolveBlockSeq},17788:(e,t)=>{function resolveEnd(e,t,r,n){let s="";if(e){let i=false;let o="";for(const a of e){const{source:e,type:c}=a;switch(c){case"space":i=true;break;case"comment":{if(r&&!i)n(a,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const t=e.substring(1)||" ";if(!s)s=t;else s+=o+t;o="";break}case"newline":if(s)o+=e;i=true;break;default:n(a,"UNEXPECTED_TOKEN",`Unexpected ${c} at node end`)}t+=e.length}}return{comment:s,offset:t}}t.resolveEnd=resolveEnd},13142:(e,t,r)=>{var n=r(41127);var s=r(57165);var i=r(84454);var o=r(92223);var a=r(17788);var c=r(34631);var l=r(9499);var u=r(81187);const f="Block collections are not allowed within flow collections";const isBlock=e=>e&&(e.type==="block-map"||e.type==="block-seq");function resolveFlowCollection({composeNode:e,composeEmptyNode:t},r,p,d,h){const m=p.start.source==="{";const g=m?"flow map":"flow sequence";const v=h?.nodeClass??(m?i.YAMLMap:o.YAMLSeq);const y=new v(r.schema);y.flow=true;const b=r.atRoot;if(b)r.atRoot=false;if(r.atKey)r.atKey=false;let O=p.offset+p.start.source.length;for(let o=0;o<p.items.length;++o){const a=p.items[o];const{start:h,key:v,sep:b,value:w}=a;const x=c.resolveProps(h,{flow:g,indicator:"explicit-key-ind",next:v??b?.[0],offset:O,onError:d,parentIndent:p.indent,startOnNewline:false});if(!x.found){if(!x.anchor&&!x.tag&&!b&&!w){if(o===0&&x.comma)d(x.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${g}`);else if(o<p.items.length-1)d(x.start,"UNEXPECTED_TOKEN",`Unexpected empty item in ${g}`);if(x.comment){if(y.comment)y.comment+="\n"+x.comment;else y.comment=x.comment}O=x.end;continue}if(!m&&r.options.strict&&l.containsNewline(v))d(v,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line")}if(o===0){if(x.comma)d(x.comma,"UNEXPECTED_TOKEN",`Unexpected , in ${g}`)}else{if(!x.comma)d(x.start,"MISSING_CHAR",`Missing , between ${g} items`);if(x.comment){let e="";e:for(const t of h){switch(t.type){case"comma":case"space":break;case"comment":e=t.source.substring(1);break e;default:break e}}if(e){let t=y.items[y.items.length-1];if(n.isPair(t))t=t.value??t.key;if(t.comment)t.comment+="\n"+e;else t.comment=e;x.comment=x.comment.substring(e.length+1)}}}if(!m&&!b&&!x.found){const n=w?e(r,w,x,d):t(r,x.end,b,null,x,d);y.items.push(n);O=n.range[2];if(isBlock(w))d(n.range,"BLOCK_IN_FLOW",f)}else{r.atKey=true;const n=x.end;const o=v?e(r,v,x,d):t(r,n,h,null,x,d);if(isBlock(v))d(o.range,"BLOCK_IN_FLOW",f);r.atKey=false;const l=c.resolveProps(b??[],{flow:g,indicator:"map-value-ind",next:w,offset:o.range[2],onError:d,parentIndent:p.indent,startOnNewline:false});if(l.found){if(!m&&!x.found&&r.options.strict){if(b)for(const e of b){if(e===l.found)break;if(e.type==="newline"){d(e,"MULTILINE_IMPLICIT_KEY","Implicit keys of flow sequence pairs need to be on a single line");break}}if(x.start<l.found.offset-1024)d(l.found,"KEY_OVER_1024_CHARS","The : indicator must be at most 1024 chars after the start of an implicit flow sequence key")}}else if(w){if("source"in w&&w.source?.[0]===":")d(w,"MISSING_CHAR",`Missing space after : in ${g}`);else d(l.start,"MISSING_CHAR",`Missing , or : between ${g} items`)}const k=w?e(r,w,l,d):l.found?t(r,l.end,b,null,l,d):null;if(k){if(isBlock(w))d(k.range,"BLOCK_IN_FLOW",f)}else if(l.comment){if(o.comment)o.comment+="\n"+l.comment;else o.comment=l.comment}const S=new s.Pair(o,k);if(r.options.keepSourceTokens)S.srcToken=a;if(m){const e=y;if(u.mapIncludes(r,e.items,o))d(n,"DUPLICATE_KEY","Map keys must be unique");e.items.push(S)}else{const e=new i.YAMLMap(r.schema);e.flow=true;e.items.push(S);const t=(k??o).range;e.range=[o.range[0],t[1],t[2]];y.items.push(e)}O=k?k.range[2]:l.end}}const w=m?"}":"]";const[x,...k]=p.end;let S=O;if(x?.source===w)S=x.offset+x.source.length;else{const e=g[0].toUpperCase()+g.substring(1);const t=b?`${e} must end with a ${w}`:`${e} in block collection must be sufficiently indented and end with a ${w}`;d(O,b?"MISSING_CHAR":"BAD_INDENT",t);if(x&&x.source.length!==1)k.unshift(x)}if(k.length>0){const e=a.resolveEnd(k,S,r.options.strict,d);if(e.comment){if(y.comment)y.comment+="\n"+e.comment;else y.comment=e.comment}y.range=[p.offset,S,e.offset]}else{y.range=[p.offset,S,S]}return y}t.resolveFlowCollection=resolveFlowCollection},76842:(e,t,r)=>{var n=r(63301);var s=r(17788);function resolveFlowScalar(e,t,r){const{offset:i,type:o,source:a,end:c}=e;let l;let u;const _onError=(e,t,n)=>r(i+e,t,n);switch(o){case"scalar":l=n.Scalar.PLAIN;u=plainValue(a,_onError);break;case"single-quoted-scalar":l=n.Scalar.QUOTE_SINGLE;u=singleQuotedValue(a,_onError);break;case"double-quoted-scalar":l=n.Scalar.QUOTE_DOUBLE;u=doubleQuotedValue(a,_onError);break;default:r(e,"UNEXPECTED_TOKEN",`Expected a flow scalar value, but found: ${o}`);return{value:"",type:null,comment:"",range:[i,i+a.length,i+a.length]}}const f=i+a.length;const p=s.resolveEnd(c,f,t,r);return{value:u,type:l,comment:p.comment,range:[i,f,p.offset]}}function plainValue(e,t){let r="";switch(e[0]){case"\t":r="a tab character";break;case",":r="flow indicator character ,";break;case"%":r="directive indicator character %";break;case"|":case">":{r=`block scalar indicator ${e[0]}`;break}case"@":case"`":{r=`reserved character ${e[0]}`;break}}if(r)t(0,"BAD_SCALAR_START",`Plain value cannot start with ${r}`);return unfoldLines(e)}function singleQuotedValue(e,t){if(e[e.length-1]!=="'"||e.length===1)t(e.length,"MISSING_CHAR","Missing closing 'quote");return unfoldLines(e.slice(1,-1)).replace(/''/g,"'")}function unfoldLines(e){const t=/(.*?)\r?\n/sy;let r=t.exec(e);if(!r)return e;let n,s;try{n=new RegExp("(?<![ \t])[ \t]+$");s=new RegExp("^[ \t]+|(?<![ \t])[ \t]+$","g")}catch{n=/[ \t]+$/;s=/^[ \t]+|[ \t]+$/g}let i=r[1].replace(n,"");let o=" ";let a=t.lastIndex;while(r=t.exec(e)){const e=r[1].replace(s,"");if(e===""){if(o==="\n")i+=o;else o="\n"}else{i+=o+e;o=" "}a=t.lastIndex}const c=/[ \t]*(.*)/sy;c.lastIndex=a;r=c.exec(e);return i+o+(r?.[1]??"")}function doubleQuotedValue(e,t){let r="";for(let n=1;n<e.length-1;++n){const s=e[n];if(s==="\r"&&e[n+1]==="\n")continue;if(s==="\n"){const{fold:t,offset:s}=foldNewline(e,n);r+=t;n=s}else if(s==="\\"){let s=e[++n];const o=i[s];if(o)r+=o;else if(s==="\n"){s=e[n+1];while(s===" "||s==="\t")s=e[++n+1]}else if(s==="\r"&&e[n+1]==="\n"){s=e[++n+1];while(s===" "||s==="\t")s=e[++n+1]}else if(s==="x"||s==="u"||s==="U"){const i=s==="x"?2:s==="u"?4:8;r+=parseCharCode(e,n+1,i,t);n+=i}else{const s=e.substr(n-1,2);t(n-1,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`);r+=s}}else if(s===" "||s==="\t"){const t=n;let i=e[n+1];while(i===" "||i==="\t")i=e[++n+1];if(i!=="\n"&&!(i==="\r"&&e[n+2]==="\n"))r+=n>t?e.slice(t,n+1):s}else{r+=s}}if(e[e.length-1]!=='"'||e.length===1)t(e.length,"MISSING_CHAR",'Missing closing "quote');return r}function foldNewline(e,t){let r="";let n=e[t+1];while(n===" "||n==="\t"||n==="\n"||n==="\r"){if(n==="\r"&&e[t+2]!=="\n")break;if(n==="\n")r+="\n";t+=1;n=e[t+1]}if(!r)r=" ";return{fold:r,offset:t}}const i={0:"\0",a:"",b:"\b",e:"",f:"\f",n:"\n",r:"\r",t:"\t",v:"\v",N:"",_:" ",L:"\u2028",P:"\u2029"," ":" ",'"':'"',"/":"/","\\":"\\","\t":"\t"};function parseCharCode(e,t,r,n){const s=e.substr(t,r);const i=s.length===r&&/^[0-9a-fA-F]+$/.test(s);const o=i?parseInt(s,16):NaN;try{return String.fromCodePoint(o)}catch{const s=e.substr(t-2,r+2);n(t-2,"BAD_DQ_ESCAPE",`Invalid escape sequence ${s}`);return s}}t.resolveFlowScalar=resolveFlowScalar},34631:(e,t)=>{function resolveProps(e,{flow:t,indicator:r,next:n,offset:s,onError:i,parentIndent:o,startOnNewline:a}){let c=false;let l=a;let u=a;let f="";let p="";let d=false;let h=false;let m=null;let g=null;let v=null;let y=null;let b=null;let O=null;let w=null;for(const s of e){if(h){if(s.type!=="space"&&s.type!=="newline"&&s.type!=="comma")i(s.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space");h=false}if(m){if(l&&s.type!=="comment"&&s.type!=="newline"){i(m,"TAB_AS_INDENT","Tabs are not allowed as indentation")}m=null}switch(s.type){case"space":if(!t&&(r!=="doc-start"||n?.type!=="flow-collection")&&s.source.includes("\t")){m=s}u=true;break;case"comment":{if(!u)i(s,"MISSING_CHAR","Comments must be separated from other tokens by white space characters");const e=s.source.substring(1)||" ";if(!f)f=e;else f+=p+e;p="";l=false;break}case"newline":if(l){if(f)f+=s.source;else if(!O||r!=="seq-item-ind")c=true}else p+=s.source;l=true;d=true;if(g||v)y=s;u=true;break;case"anchor":if(g)i(s,"MULTIPLE_ANCHORS","A node can have at most one anchor");if(s.source.endsWith(":"))i(s.offset+s.source.length-1,"BAD_ALIAS","Anchor ending in : is ambiguous",true);g=s;w??(w=s.offset);l=false;u=false;h=true;break;case"tag":{if(v)i(s,"MULTIPLE_TAGS","A node can have at most one tag");v=s;w??(w=s.offset);l=false;u=false;h=true;break}case r:if(g||v)i(s,"BAD_PROP_ORDER",`Anchors and tags must be after the ${s.source} indicator`);if(O)i(s,"UNEXPECTED_TOKEN",`Unexpected ${s.source} in ${t??"collection"}`);O=s;l=r==="seq-item-ind"||r==="explicit-key-ind";u=false;break;case"comma":if(t){if(b)i(s,"UNEXPECTED_TOKEN",`Unexpected , in ${t}`);b=s;l=false;u=false;break}default:i(s,"UNEXPECTED_TOKEN",`Unexpected ${s.type} token`);l=false;u=false}}const x=e[e.length-1];const k=x?x.offset+x.source.length:s;if(h&&n&&n.type!=="space"&&n.type!=="newline"&&n.type!=="comma"&&(n.type!=="scalar"||n.source!=="")){i(n.offset,"MISSING_CHAR","Tags and anchors must be separated from the next token by white space")}if(m&&(l&&m.indent<=o||n?.type==="block-map"||n?.type==="block-seq"))i(m,"TAB_AS_INDENT","Tabs are not allowed as indentation");return{comma:b,found:O,spaceBefore:c,comment:f,hasNewline:d,anchor:g,tag:v,newlineAfterProp:y,end:k,start:w??k}}t.resolveProps=resolveProps},9499:(e,t)=>{function containsNewline(e){if(!e)return null;switch(e.type){case"alias":case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":if(e.source.includes("\n"))return true;if(e.end)for(const t of e.end)if(t.type==="newline")return true;return false;case"flow-collection":for(const t of e.items){for(const e of t.start)if(e.type==="newline")return true;if(t.sep)for(const e of t.sep)if(e.type==="newline")return true;if(containsNewline(t.key)||containsNewline(t.value))return true}return false;default:return true}}t.containsNewline=containsNewline},22599:(e,t)=>{function emptyScalarPosition(e,t,r){if(t){r??(r=t.length);for(let n=r-1;n>=0;--n){let r=t[n];switch(r.type){case"space":case"comment":case"newline":e-=r.source.length;continue}r=t[++n];while(r?.type==="space"){e+=r.source.length;r=t[++n]}break}}return e}t.emptyScalarPosition=emptyScalarPosition},74051:(e,t,r)=>{var n=r(9499);function flowIndentCheck(e,t,r){if(t?.type==="flow-collection"){const s=t.end[0];if(s.indent===e&&(s.source==="]"||s.source==="}")&&n.containsNewline(t)){const e="Flow end indicator should be more indented than parent";r(s,"BAD_INDENT",e,true)}}}t.flowIndentCheck=flowIndentCheck},81187:(e,t,r)=>{var n=r(41127);function mapIncludes(e,t,r){const{uniqueKeys:s}=e.options;if(s===false)return false;const i=typeof s==="function"?s:(e,t)=>e===t||n.isScalar(e)&&n.isScalar(t)&&e.value===t.value;return t.some(e=>i(e.key,r))}t.mapIncludes=mapIncludes},3021:(e,t,r)=>{var n=r(4065);var s=r(40101);var i=r(41127);var o=r(57165);var a=r(74043);var c=r(45840);var l=r(6829);var u=r(71596);var f=r(83661);var p=r(42404);var d=r(61342);class Document{constructor(e,t,r){this.commentBefore=null;this.comment=null;this.errors=[];this.warnings=[];Object.defineProperty(this,i.NODE_TYPE,{value:i.DOC});let n=null;if(typeof t==="function"||Array.isArray(t)){n=t}else if(r===undefined&&t){r=t;t=undefined}const s=Object.assign({intAsBigInt:false,keepSourceTokens:false,logLevel:"warn",prettyErrors:true,strict:true,stringKeys:false,uniqueKeys:true,version:"1.2"},r);this.options=s;let{version:o}=s;if(r?._directives){this.directives=r._directives.atDocument();if(this.directives.yaml.explicit)o=this.directives.yaml.version}else this.directives=new d.Directives({version:o});this.setSchema(o,r);this.contents=e===undefined?null:this.createNode(e,n,r)}clone(){const e=Object.create(Document.prototype,{[i.NODE_TYPE]:{value:i.DOC}});e.commentBefore=this.commentBefore;e.comment=this.comment;e.errors=this.errors.slice();e.warnings=this.warnings.slice();e.options=Object.assign({},this.options);if(this.directives)e.directives=this.directives.clone();e.schema=this.schema.clone();e.contents=i.isNode(this.contents)?this.contents.clone(e.schema):this.contents;if(this.range)e.range=this.range.slice();return e}add(e){if(assertCollection(this.contents))this.contents.add(e)}addIn(e,t){if(assertCollection(this.contents))this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){const r=u.anchorNames(this);e.anchor=!t||r.has(t)?u.findNewAnchor(t||"a",r):t}return new n.Alias(e.anchor)}createNode(e,t,r){let n=undefined;if(typeof t==="function"){e=t.call({"":e},"",e);n=t}else if(Array.isArray(t)){const keyToStr=e=>typeof e==="number"||e instanceof String||e instanceof Number;const e=t.filter(keyToStr).map(String);if(e.length>0)t=t.concat(e);n=t}else if(r===undefined&&t){r=t;t=undefined}const{aliasDuplicateObjects:s,anchorPrefix:o,flow:a,keepUndefined:c,onTagObj:l,tag:f}=r??{};const{onAnchor:d,setAnchors:h,sourceObjects:m}=u.createNodeAnchors(this,o||"a");const g={aliasDuplicateObjects:s??true,keepUndefined:c??false,onAnchor:d,onTagObj:l,replacer:n,schema:this.schema,sourceObjects:m};const v=p.createNode(e,f,g);if(a&&i.isCollection(v))v.flow=true;h();return v}createPair(e,t,r={}){const n=this.createNode(e,null,r);const s=this.createNode(t,null,r);return new o.Pair(n,s)}delete(e){return assertCollection(this.contents)?this.contents.delete(e):false}deleteIn(e){if(s.isEmptyPath(e)){if(this.contents==null)return false;this.contents=null;return true}return assertCollection(this.contents)?this.contents.deleteIn(e):false}get(e,t){return i.isCollection(this.contents)?this.contents.get(e,t):undefined}getIn(e,t){if(s.isEmptyPath(e))return!t&&i.isScalar(this.contents)?this.contents.value:this.contents;return i.isCollection(this.contents)?this.contents.getIn(e,t):undefined}has(e){return i.isCollection(this.contents)?this.contents.has(e):false}hasIn(e){if(s.isEmptyPath(e))return this.contents!==undefined;return i.isCollection(this.contents)?this.contents.hasIn(e):false}set(e,t){if(this.contents==null){this.contents=s.collectionFromPath(this.schema,[e],t)}else if(assertCollection(this.contents)){this.contents.set(e,t)}}setIn(e,t){if(s.isEmptyPath(e)){this.contents=t}else if(this.contents==null){this.contents=s.collectionFromPath(this.schema,Array.from(e),t)}else if(assertCollection(this.contents)){this.contents.setIn(e,t)}}setSchema(e,t={}){if(typeof e==="number")e=String(e);let r;switch(e){case"1.1":if(this.directives)this.directives.yaml.version="1.1";else this.directives=new d.Directives({version:"1.1"});r={resolveKnownTags:false,schema:"yaml-1.1"};break;case"1.2":case"next":if(this.directives)this.directives.yaml.version=e;else this.directives=new d.Directives({version:e});r={resolveKnownTags:true,schema:"core"};break;case null:if(this.directives)delete this.directives;r=null;break;default:{const t=JSON.stringify(e);throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(r)this.schema=new c.Schema(Object.assign(r,t));else throw new Error(`With a null YAML version, the { schema: Schema } option is required`)}toJS({json:e,jsonArg:t,mapAsMap:r,maxAliasCount:n,onAnchor:s,reviver:i}={}){const o={anchors:new Map,doc:this,keep:!e,mapAsMap:r===true,mapKeyWarned:false,maxAliasCount:typeof n==="number"?n:100};const c=a.toJS(this.contents,t??"",o);if(typeof s==="function")for(const{count:e,res:t}of o.anchors.values())s(t,e);return typeof i==="function"?f.applyReviver(i,{"":c},"",c):c}toJSON(e,t){return this.toJS({json:true,jsonArg:e,mapAsMap:false,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw new Error("Document with errors cannot be stringified");if("indent"in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){const t=JSON.stringify(e.indent);throw new Error(`"indent" option must be a positive integer, not ${t}`)}return l.stringifyDocument(this,e)}}function assertCollection(e){if(i.isCollection(e))return true;throw new Error("Expected a YAML collection as document contents")}t.Document=Document},71596:(e,t,r)=>{var n=r(41127);var s=r(10204);function anchorIsValid(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){const t=JSON.stringify(e);const r=`Anchor must not contain whitespace or control characters: ${t}`;throw new Error(r)}return true}function anchorNames(e){const t=new Set;s.visit(e,{Value(e,r){if(r.anchor)t.add(r.anchor)}});return t}function findNewAnchor(e,t){for(let r=1;true;++r){const n=`${e}${r}`;if(!t.has(n))return n}}function createNodeAnchors(e,t){const r=[];const s=new Map;let i=null;return{onAnchor:n=>{r.push(n);i??(i=anchorNames(e));const s=findNewAnchor(t,i);i.add(s);return s},setAnchors:()=>{for(const e of r){const t=s.get(e);if(typeof t==="object"&&t.anchor&&(n.isScalar(t.node)||n.isCollection(t.node))){t.node.anchor=t.anchor}else{const t=new Error("Failed to resolve repeated object (this should not happen)");t.source=e;throw t}}},sourceObjects:s}}t.anchorIsValid=anchorIsValid;t.anchorNames=anchorNames;t.createNodeAnchors=createNodeAnchors;t.findNewAnchor=findNewAnchor},83661:(e,t)=>{function applyReviver(e,t,r,n){if(n&&typeof n==="object"){if(Array.isArray(n)){for(let t=0,r=n.length;t<r;++t){const r=n[t];const s=applyReviver(e,n,String(t),r);if(s===undefined)delete n[t];else if(s!==r)n[t]=s}}else if(n instanceof Map){for(const t of Array.from(n.keys())){const r=n.get(t);const s=applyReviver(e,n,t,r);if(s===undefined)n.delete(t);else if(s!==r)n.set(t,s)}}else if(n instanceof Set){for(const t of Array.from(n)){const r=applyReviver(e,n,t,t);if(r===undefined)n.delete(t);else if(r!==t){n.delete(t);n.add(r)}}}else{for(const[t,r]of Object.entries(n)){const s=applyReviver(e,n,t,r);if(s===undefined)delete n[t];else if(s!==r)n[t]=s}}}return e.call(t,r,n)}t.applyReviver=applyReviver},42404:(e,t,r)=>{var n=r(4065);var s=r(41127);var i=r(63301);const o="tag:yaml.org,2002:";function findTagObject(e,t,r){if(t){const e=r.filter(e=>e.tag===t);const n=e.find(e=>!e.format)??e[0];if(!n)throw new Error(`Tag ${t} not found`);return n}return r.find(t=>t.identify?.(e)&&!t.format)}function createNode(e,t,r){if(s.isDocument(e))e=e.contents;if(s.isNode(e))return e;if(s.isPair(e)){const t=r.schema[s.MAP].createNode?.(r.schema,null,r);t.items.push(e);return t}if(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt!=="undefined"&&e instanceof BigInt){e=e.valueOf()}const{aliasDuplicateObjects:a,onAnchor:c,onTagObj:l,schema:u,sourceObjects:f}=r;let p=undefined;if(a&&e&&typeof e==="object"){p=f.get(e);if(p){p.anchor??(p.anchor=c(e));return new n.Alias(p.anchor)}else{p={anchor:null,node:null};f.set(e,p)}}if(t?.startsWith("!!"))t=o+t.slice(2);let d=findTagObject(e,t,u.tags);if(!d){if(e&&typeof e.toJSON==="function"){e=e.toJSON()}if(!e||typeof e!=="object"){const t=new i.Scalar(e);if(p)p.node=t;return t}d=e instanceof Map?u[s.MAP]:Symbol.iterator in Object(e)?u[s.SEQ]:u[s.MAP]}if(l){l(d);delete r.onTagObj}const h=d?.createNode?d.createNode(r.schema,e,r):typeof d?.nodeClass?.from==="function"?d.nodeClass.from(r.schema,e,r):new i.Scalar(e);if(t)h.tag=t;else if(!d.default)h.tag=d.tag;if(p)p.node=h;return h}t.createNode=createNode},61342:(e,t,r)=>{var n=r(41127);var s=r(10204);const i={"!":"%21",",":"%2C","[":"%5B","]":"%5D","{":"%7B","}":"%7D"};const escapeTagName=e=>e.replace(/[!,[\]{}]/g,e=>i[e]);class Directives{constructor(e,t){this.docStart=null;this.docEnd=false;this.yaml=Object.assign({},Directives.defaultYaml,e);this.tags=Object.assign({},Directives.defaultTags,t)}clone(){const e=new Directives(this.yaml,this.tags);e.docStart=this.docStart;return e}atDocument(){const e=new Directives(this.yaml,this.tags);switch(this.yaml.version){case"1.1":this.atNextDocument=true;break;case"1.2":this.atNextDocument=false;this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.2"};this.tags=Object.assign({},Directives.defaultTags);break}return e}add(e,t){if(this.atNextDocument){this.yaml={explicit:Directives.defaultYaml.explicit,version:"1.1"};this.tags=Object.assign({},Directives.defaultTags);this.atNextDocument=false}const r=e.trim().split(/[ \t]+/);const n=r.shift();switch(n){case"%TAG":{if(r.length!==2){t(0,"%TAG directive should contain exactly two parts");if(r.length<2)return false}const[e,n]=r;this.tags[e]=n;return true}case"%YAML":{this.yaml.explicit=true;if(r.length!==1){t(0,"%YAML directive should contain exactly one part");return false}const[e]=r;if(e==="1.1"||e==="1.2"){this.yaml.version=e;return true}else{const r=/^\d+\.\d+$/.test(e);t(6,`Unsupported YAML version ${e}`,r);return false}}default:t(0,`Unknown directive ${n}`,true);return false}}tagName(e,t){if(e==="!")return"!";if(e[0]!=="!"){t(`Not a valid tag: ${e}`);return null}if(e[1]==="<"){const r=e.slice(2,-1);if(r==="!"||r==="!!"){t(`Verbatim tags aren't resolved, so ${e} is invalid.`);return null}if(e[e.length-1]!==">")t("Verbatim tags must end with a >");return r}const[,r,n]=e.match(/^(.*!)([^!]*)$/s);if(!n)t(`The ${e} tag has no suffix`);const s=this.tags[r];if(s){try{return s+decodeURIComponent(n)}catch(e){t(String(e));return null}}if(r==="!")return e;t(`Could not resolve tag: ${e}`);return null}tagString(e){for(const[t,r]of Object.entries(this.tags)){if(e.startsWith(r))return t+escapeTagName(e.substring(r.length))}return e[0]==="!"?e:`!<${e}>`}toString(e){const t=this.yaml.explicit?[`%YAML ${this.yaml.version||"1.2"}`]:[];const r=Object.entries(this.tags);let i;if(e&&r.length>0&&n.isNode(e.contents)){const t={};s.visit(e.contents,(e,r)=>{if(n.isNode(r)&&r.tag)t[r.tag]=true});i=Object.keys(t)}else i=[];for(const[n,s]of r){if(n==="!!"&&s==="tag:yaml.org,2002:")continue;if(!e||i.some(e=>e.startsWith(s)))t.push(`%TAG ${n} ${s}`)}return t.join("\n")}}Directives.defaultYaml={explicit:false,version:"1.2"};Directives.defaultTags={"!!":"tag:yaml.org,2002:"};t.Directives=Directives},91464:(e,t)=>{class YAMLError extends Error{constructor(e,t,r,n){super();this.name=e;this.code=r;this.message=n;this.pos=t}}class YAMLParseError extends YAMLError{constructor(e,t,r){super("YAMLParseError",e,t,r)}}class YAMLWarning extends YAMLError{constructor(e,t,r){super("YAMLWarning",e,t,r)}}const prettifyError=(e,t)=>r=>{if(r.pos[0]===-1)return;r.linePos=r.pos.map(e=>t.linePos(e));const{line:n,col:s}=r.linePos[0];r.message+=` at line ${n}, column ${s}`;let i=s-1;let o=e.substring(t.lineStarts[n-1],t.lineStarts[n]).replace(/[\n\r]+$/,"");if(i>=60&&o.length>80){const e=Math.min(i-39,o.length-79);o="…"+o.substring(e);i-=e-1}if(o.length>80)o=o.substring(0,79)+"…";if(n>1&&/^ *$/.test(o.substring(0,i))){let r=e.substring(t.lineStarts[n-2],t.lineStarts[n-1]);if(r.length>80)r=r.substring(0,79)+"…\n";o=r+o}if(/[^ ]/.test(o)){let e=1;const t=r.linePos[1];if(t?.line===n&&t.col>s){e=Math.max(1,Math.min(t.col-s,80-i))}const a=" ".repeat(i)+"^".repeat(e);r.message+=`:\n\n${o}\n${a}\n`}};t.YAMLError=YAMLError;t.YAMLParseError=YAMLParseError;t.YAMLWarning=YAMLWarning;t.prettifyError=prettifyError},38815:(e,t,r)=>{var n;var s=r(89984);var i=r(3021);var o=r(45840);var a=r(91464);var c=r(4065);var l=r(41127);var u=r(57165);var f=r(63301);var p=r(84454);var d=r(92223);var h=r(3461);var m=r(40361);var g=r(66628);var v=r(3456);var y=r(84047);var b=r(10204);n=s.Composer;n=i.Document;n=o.Schema;n=a.YAMLError;n=a.YAMLParseError;n=a.YAMLWarning;n=c.Alias;n=l.isAlias;n=l.isCollection;n=l.isDocument;n=l.isMap;n=l.isNode;n=l.isPair;n=l.isScalar;n=l.isSeq;n=u.Pair;n=f.Scalar;n=p.YAMLMap;n=d.YAMLSeq;n=h;n=m.Lexer;n=g.LineCounter;n=v.Parser;n=y.parse;t.hR=y.parseAllDocuments;t.Tp=y.parseDocument;t.As=y.stringify;n=b.visit;n=b.visitAsync},57249:(e,t,r)=>{var n=r(932);function debug(e,...t){if(e==="debug")console.log(...t)}function warn(e,t){if(e==="debug"||e==="warn"){if(typeof n.emitWarning==="function")n.emitWarning(t);else console.warn(t)}}t.debug=debug;t.warn=warn},4065:(e,t,r)=>{var n=r(71596);var s=r(10204);var i=r(41127);var o=r(66673);var a=r(74043);class Alias extends o.NodeBase{constructor(e){super(i.ALIAS);this.source=e;Object.defineProperty(this,"tag",{set(){throw new Error("Alias nodes cannot have tags")}})}resolve(e,t){if(t?.maxAliasCount===0)throw new ReferenceError("Alias resolution is disabled");let r;if(t?.aliasResolveCache){r=t.aliasResolveCache}else{r=[];s.visit(e,{Node:(e,t)=>{if(i.isAlias(t)||i.hasAnchor(t))r.push(t)}});if(t)t.aliasResolveCache=r}let n=undefined;for(const e of r){if(e===this)break;if(e.anchor===this.source)n=e}if(n&&t){const{anchors:e,doc:r,maxAliasCount:s}=t;let i=e.get(n);if(!i){a.toJS(n,null,t);i=e.get(n)}if(i?.res===undefined){const e="This should not happen: Alias anchor was not resolved?";throw new ReferenceError(e)}if(s>=0){i.count+=1;if(i.aliasCount===0)i.aliasCount=getAliasCount(r,n,e);if(i.count*i.aliasCount>s){const e="Excessive alias count indicates a resource exhaustion attack";throw new ReferenceError(e)}}}return n}toJSON(e,t){if(!t)return{source:this.source};const r=this.resolve(t.doc,t);if(!r){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new ReferenceError(e)}return t.anchors.get(r).res}toString(e,t,r){const s=`*${this.source}`;if(e){n.anchorIsValid(this.source);if(e.options.verifyAliasOrder&&!e.anchors.has(this.source)){const e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw new Error(e)}if(e.implicitKey)return`${s} `}return s}}function getAliasCount(e,t,r){if(i.isAlias(t)){const n=t.resolve(e);const s=r&&n&&r.get(n);return s?s.count*s.aliasCount:0}else if(i.isCollection(t)){let n=0;for(const s of t.items){const t=getAliasCount(e,s,r);if(t>n)n=t}return n}else if(i.isPair(t)){const n=getAliasCount(e,t.key,r);const s=getAliasCount(e,t.value,r);return Math.max(n,s)}return 1}t.Alias=Alias},40101:(e,t,r)=>{var n=r(42404);var s=r(41127);var i=r(66673);function collectionFromPath(e,t,r){let s=r;for(let e=t.length-1;e>=0;--e){const r=t[e];if(typeof r==="number"&&Number.isInteger(r)&&r>=0){const e=[];e[r]=s;s=e}else{s=new Map([[r,s]])}}return n.createNode(s,undefined,{aliasDuplicateObjects:false,keepUndefined:false,onAnchor:()=>{throw new Error("This should not happen, please report a bug.")},schema:e,sourceObjects:new Map})}const isEmptyPath=e=>e==null||typeof e==="object"&&!!e[Symbol.iterator]().next().done;class Collection extends i.NodeBase{constructor(e,t){super(e);Object.defineProperty(this,"schema",{value:t,configurable:true,enumerable:false,writable:true})}clone(e){const t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(e)t.schema=e;t.items=t.items.map(t=>s.isNode(t)||s.isPair(t)?t.clone(e):t);if(this.range)t.range=this.range.slice();return t}addIn(e,t){if(isEmptyPath(e))this.add(t);else{const[r,...n]=e;const i=this.get(r,true);if(s.isCollection(i))i.addIn(n,t);else if(i===undefined&&this.schema)this.set(r,collectionFromPath(this.schema,n,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${n}`)}}deleteIn(e){const[t,...r]=e;if(r.length===0)return this.delete(t);const n=this.get(t,true);if(s.isCollection(n))return n.deleteIn(r);else throw new Error(`Expected YAML collection at ${t}. Remaining path: ${r}`)}getIn(e,t){const[r,...n]=e;const i=this.get(r,true);if(n.length===0)return!t&&s.isScalar(i)?i.value:i;else return s.isCollection(i)?i.getIn(n,t):undefined}hasAllNullValues(e){return this.items.every(t=>{if(!s.isPair(t))return false;const r=t.value;return r==null||e&&s.isScalar(r)&&r.value==null&&!r.commentBefore&&!r.comment&&!r.tag})}hasIn(e){const[t,...r]=e;if(r.length===0)return this.has(t);const n=this.get(t,true);return s.isCollection(n)?n.hasIn(r):false}setIn(e,t){const[r,...n]=e;if(n.length===0){this.set(r,t)}else{const e=this.get(r,true);if(s.isCollection(e))e.setIn(n,t);else if(e===undefined&&this.schema)this.set(r,collectionFromPath(this.schema,n,t));else throw new Error(`Expected YAML collection at ${r}. Remaining path: ${n}`)}}}t.Collection=Collection;t.collectionFromPath=collectionFromPath;t.isEmptyPath=isEmptyPath},66673:(e,t,r)=>{var n=r(83661);var s=r(41127);var i=r(74043);class NodeBase{constructor(e){Object.defineProperty(this,s.NODE_TYPE,{value:e})}clone(){const e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));if(this.range)e.range=this.range.slice();return e}toJS(e,{mapAsMap:t,maxAliasCount:r,onAnchor:o,reviver:a}={}){if(!s.isDocument(e))throw new TypeError("A document argument is required");const c={anchors:new Map,doc:e,keep:true,mapAsMap:t===true,mapKeyWarned:false,maxAliasCount:typeof r==="number"?r:100};const l=i.toJS(this,"",c);if(typeof o==="function")for(const{count:e,res:t}of c.anchors.values())o(t,e);return typeof a==="function"?n.applyReviver(a,{"":l},"",l):l}}t.NodeBase=NodeBase},57165:(e,t,r)=>{var n=r(42404);var s=r(59748);var i=r(97104);var o=r(41127);function createPair(e,t,r){const s=n.createNode(e,undefined,r);const i=n.createNode(t,undefined,r);return new Pair(s,i)}class Pair{constructor(e,t=null){Object.defineProperty(this,o.NODE_TYPE,{value:o.PAIR});this.key=e;this.value=t}clone(e){let{key:t,value:r}=this;if(o.isNode(t))t=t.clone(e);if(o.isNode(r))r=r.clone(e);return new Pair(t,r)}toJSON(e,t){const r=t?.mapAsMap?new Map:{};return i.addPairToJSMap(t,r,this)}toString(e,t,r){return e?.doc?s.stringifyPair(this,e,t,r):JSON.stringify(this)}}t.Pair=Pair;t.createPair=createPair},63301:(e,t,r)=>{var n=r(41127);var s=r(66673);var i=r(74043);const isScalarValue=e=>!e||typeof e!=="function"&&typeof e!=="object";class Scalar extends s.NodeBase{constructor(e){super(n.SCALAR);this.value=e}toJSON(e,t){return t?.keep?this.value:i.toJS(this.value,e,t)}toString(){return String(this.value)}}Scalar.BLOCK_FOLDED="BLOCK_FOLDED";Scalar.BLOCK_LITERAL="BLOCK_LITERAL";Scalar.PLAIN="PLAIN";Scalar.QUOTE_DOUBLE="QUOTE_DOUBLE";Scalar.QUOTE_SINGLE="QUOTE_SINGLE";t.Scalar=Scalar;t.isScalarValue=isScalarValue},84454:(e,t,r)=>{var n=r(61212);var s=r(97104);var i=r(40101);var o=r(41127);var a=r(57165);var c=r(63301);function findPair(e,t){const r=o.isScalar(t)?t.value:t;for(const n of e){if(o.isPair(n)){if(n.key===t||n.key===r)return n;if(o.isScalar(n.key)&&n.key.value===r)return n}}return undefined}class YAMLMap extends i.Collection{static get tagName(){return"tag:yaml.org,2002:map"}constructor(e){super(o.MAP,e);this.items=[]}static from(e,t,r){const{keepUndefined:n,replacer:s}=r;const i=new this(e);const add=(e,o)=>{if(typeof s==="function")o=s.call(t,e,o);else if(Array.isArray(s)&&!s.includes(e))return;if(o!==undefined||n)i.items.push(a.createPair(e,o,r))};if(t instanceof Map){for(const[e,r]of t)add(e,r)}else if(t&&typeof t==="object"){for(const e of Object.keys(t))add(e,t[e])}if(typeof e.sortMapEntries==="function"){i.items.sort(e.sortMapEntries)}return i}add(e,t){let r;if(o.isPair(e))r=e;else if(!e||typeof e!=="object"||!("key"in e)){r=new a.Pair(e,e?.value)}else r=new a.Pair(e.key,e.value);const n=findPair(this.items,r.key);const s=this.schema?.sortMapEntries;if(n){if(!t)throw new Error(`Key ${r.key} already set`);if(o.isScalar(n.value)&&c.isScalarValue(r.value))n.value.value=r.value;else n.value=r.value}else if(s){const e=this.items.findIndex(e=>s(r,e)<0);if(e===-1)this.items.push(r);else this.items.splice(e,0,r)}else{this.items.push(r)}}delete(e){const t=findPair(this.items,e);if(!t)return false;const r=this.items.splice(this.items.indexOf(t),1);return r.length>0}get(e,t){const r=findPair(this.items,e);const n=r?.value;return(!t&&o.isScalar(n)?n.value:n)??undefined}has(e){return!!findPair(this.items,e)}set(e,t){this.add(new a.Pair(e,t),true)}toJSON(e,t,r){const n=r?new r:t?.mapAsMap?new Map:{};if(t?.onCreate)t.onCreate(n);for(const e of this.items)s.addPairToJSMap(t,n,e);return n}toString(e,t,r){if(!e)return JSON.stringify(this);for(const e of this.items){if(!o.isPair(e))throw new Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`)}if(!e.allNullValues&&this.hasAllNullValues(false))e=Object.assign({},e,{allNullValues:true});return n.stringifyCollection(this,e,{blockItemPrefix:"",flowChars:{start:"{",end:"}"},itemIndent:e.indent||"",onChompKeep:r,onComment:t})}}t.YAMLMap=YAMLMap;t.findPair=findPair},92223:(e,t,r)=>{var n=r(42404);var s=r(61212);var i=r(40101);var o=r(41127);var a=r(63301);var c=r(74043);class YAMLSeq extends i.Collection{static get tagName(){return"tag:yaml.org,2002:seq"}constructor(e){super(o.SEQ,e);this.items=[]}add(e){this.items.push(e)}delete(e){const t=asItemIndex(e);if(typeof t!=="number")return false;const r=this.items.splice(t,1);return r.length>0}get(e,t){const r=asItemIndex(e);if(typeof r!=="number")return undefined;const n=this.items[r];return!t&&o.isScalar(n)?n.value:n}has(e){const t=asItemIndex(e);return typeof t==="number"&&t<this.items.length}set(e,t){const r=asItemIndex(e);if(typeof r!=="number")throw new Error(`Expected a valid index, not ${e}.`);const n=this.items[r];if(o.isScalar(n)&&a.isScalarValue(t))n.value=t;else this.items[r]=t}toJSON(e,t){const r=[];if(t?.onCreate)t.onCreate(r);let n=0;for(const e of this.items)r.push(c.toJS(e,String(n++),t));return r}toString(e,t,r){if(!e)return JSON.stringify(this);return s.stringifyCollection(this,e,{blockItemPrefix:"- ",flowChars:{start:"[",end:"]"},itemIndent:(e.indent||"")+"  ",onChompKeep:r,onComment:t})}static from(e,t,r){const{replacer:s}=r;const i=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let o of t){if(typeof s==="function"){const r=t instanceof Set?o:String(e++);o=s.call(t,r,o)}i.items.push(n.createNode(o,undefined,r))}}return i}}function asItemIndex(e){let t=o.isScalar(e)?e.value:e;if(t&&typeof t==="string")t=Number(t);return typeof t==="number"&&Number.isInteger(t)&&t>=0?t:null}t.YAMLSeq=YAMLSeq},97104:(e,t,r)=>{var n=r(57249);var s=r(90452);var i=r(2148);var o=r(41127);var a=r(74043);function addPairToJSMap(e,t,{key:r,value:n}){if(o.isNode(r)&&r.addToJSMap)r.addToJSMap(e,t,n);else if(s.isMergeKey(e,r))s.addMergeToJSMap(e,t,n);else{const s=a.toJS(r,"",e);if(t instanceof Map){t.set(s,a.toJS(n,s,e))}else if(t instanceof Set){t.add(s)}else{const i=stringifyKey(r,s,e);const o=a.toJS(n,i,e);if(i in t)Object.defineProperty(t,i,{value:o,writable:true,enumerable:true,configurable:true});else t[i]=o}}return t}function stringifyKey(e,t,r){if(t===null)return"";if(typeof t!=="object")return String(t);if(o.isNode(e)&&r?.doc){const t=i.createStringifyContext(r.doc,{});t.anchors=new Set;for(const e of r.anchors.keys())t.anchors.add(e.anchor);t.inFlow=true;t.inStringifyKey=true;const s=e.toString(t);if(!r.mapKeyWarned){let e=JSON.stringify(s);if(e.length>40)e=e.substring(0,36)+'..."';n.warn(r.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`);r.mapKeyWarned=true}return s}return JSON.stringify(t)}t.addPairToJSMap=addPairToJSMap},41127:(e,t)=>{const r=Symbol.for("yaml.alias");const n=Symbol.for("yaml.document");const s=Symbol.for("yaml.map");const i=Symbol.for("yaml.pair");const o=Symbol.for("yaml.scalar");const a=Symbol.for("yaml.seq");const c=Symbol.for("yaml.node.type");const isAlias=e=>!!e&&typeof e==="object"&&e[c]===r;const isDocument=e=>!!e&&typeof e==="object"&&e[c]===n;const isMap=e=>!!e&&typeof e==="object"&&e[c]===s;const isPair=e=>!!e&&typeof e==="object"&&e[c]===i;const isScalar=e=>!!e&&typeof e==="object"&&e[c]===o;const isSeq=e=>!!e&&typeof e==="object"&&e[c]===a;function isCollection(e){if(e&&typeof e==="object")switch(e[c]){case s:case a:return true}return false}function isNode(e){if(e&&typeof e==="object")switch(e[c]){case r:case s:case o:case a:return true}return false}const hasAnchor=e=>(isScalar(e)||isCollection(e))&&!!e.anchor;t.ALIAS=r;t.DOC=n;t.MAP=s;t.NODE_TYPE=c;t.PAIR=i;t.SCALAR=o;t.SEQ=a;t.hasAnchor=hasAnchor;t.isAlias=isAlias;t.isCollection=isCollection;t.isDocument=isDocument;t.isMap=isMap;t.isNode=isNode;t.isPair=isPair;t.isScalar=isScalar;t.isSeq=isSeq},74043:(e,t,r)=>{var n=r(41127);function toJS(e,t,r){if(Array.isArray(e))return e.map((e,t)=>toJS(e,String(t),r));if(e&&typeof e.toJSON==="function"){if(!r||!n.hasAnchor(e))return e.toJSON(t,r);const s={aliasCount:0,count:1,res:undefined};r.anchors.set(e,s);r.onCreate=e=>{s.res=e;delete r.onCreate};const i=e.toJSON(t,r);if(r.onCreate)r.onCreate(i);return i}if(typeof e==="bigint"&&!r?.keep)return Number(e);return e}t.toJS=toJS},60110:(e,t,r)=>{var n=r(48913);var s=r(76842);var i=r(91464);var o=r(83069);function resolveAsScalar(e,t=true,r){if(e){const _onError=(e,t,n)=>{const s=typeof e==="number"?e:Array.isArray(e)?e[0]:e.offset;if(r)r(s,t,n);else throw new i.YAMLParseError([s,s+1],t,n)};switch(e.type){case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return s.resolveFlowScalar(e,t,_onError);case"block-scalar":return n.resolveBlockScalar({options:{strict:t}},e,_onError)}}return null}function createScalarToken(e,t){const{implicitKey:r=false,indent:n,inFlow:s=false,offset:i=-1,type:a="PLAIN"}=t;const c=o.stringifyString({type:a,value:e},{implicitKey:r,indent:n>0?" ".repeat(n):"",inFlow:s,options:{blockQuote:true,lineWidth:-1}});const l=t.end??[{type:"newline",offset:-1,indent:n,source:"\n"}];switch(c[0]){case"|":case">":{const e=c.indexOf("\n");const t=c.substring(0,e);const r=c.substring(e+1)+"\n";const s=[{type:"block-scalar-header",offset:i,indent:n,source:t}];if(!addEndtoBlockProps(s,l))s.push({type:"newline",offset:-1,indent:n,source:"\n"});return{type:"block-scalar",offset:i,indent:n,props:s,source:r}}case'"':return{type:"double-quoted-scalar",offset:i,indent:n,source:c,end:l};case"'":return{type:"single-quoted-scalar",offset:i,indent:n,source:c,end:l};default:return{type:"scalar",offset:i,indent:n,source:c,end:l}}}function setScalarValue(e,t,r={}){let{afterKey:n=false,implicitKey:s=false,inFlow:i=false,type:a}=r;let c="indent"in e?e.indent:null;if(n&&typeof c==="number")c+=2;if(!a)switch(e.type){case"single-quoted-scalar":a="QUOTE_SINGLE";break;case"double-quoted-scalar":a="QUOTE_DOUBLE";break;case"block-scalar":{const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");a=t.source[0]===">"?"BLOCK_FOLDED":"BLOCK_LITERAL";break}default:a="PLAIN"}const l=o.stringifyString({type:a,value:t},{implicitKey:s||c===null,indent:c!==null&&c>0?" ".repeat(c):"",inFlow:i,options:{blockQuote:true,lineWidth:-1}});switch(l[0]){case"|":case">":setBlockScalarValue(e,l);break;case'"':setFlowScalarValue(e,l,"double-quoted-scalar");break;case"'":setFlowScalarValue(e,l,"single-quoted-scalar");break;default:setFlowScalarValue(e,l,"scalar")}}function setBlockScalarValue(e,t){const r=t.indexOf("\n");const n=t.substring(0,r);const s=t.substring(r+1)+"\n";if(e.type==="block-scalar"){const t=e.props[0];if(t.type!=="block-scalar-header")throw new Error("Invalid block scalar header");t.source=n;e.source=s}else{const{offset:t}=e;const r="indent"in e?e.indent:-1;const i=[{type:"block-scalar-header",offset:t,indent:r,source:n}];if(!addEndtoBlockProps(i,"end"in e?e.end:undefined))i.push({type:"newline",offset:-1,indent:r,source:"\n"});for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:"block-scalar",indent:r,props:i,source:s})}}function addEndtoBlockProps(e,t){if(t)for(const r of t)switch(r.type){case"space":case"comment":e.push(r);break;case"newline":e.push(r);return true}return false}function setFlowScalarValue(e,t,r){switch(e.type){case"scalar":case"double-quoted-scalar":case"single-quoted-scalar":e.type=r;e.source=t;break;case"block-scalar":{const n=e.props.slice(1);let s=t.length;if(e.props[0].type==="block-scalar-header")s-=e.props[0].source.length;for(const e of n)e.offset+=s;delete e.props;Object.assign(e,{type:r,source:t,end:n});break}case"block-map":case"block-seq":{const n=e.offset+t.length;const s={type:"newline",offset:n,indent:e.indent,source:"\n"};delete e.items;Object.assign(e,{type:r,source:t,end:[s]});break}default:{const n="indent"in e?e.indent:-1;const s="end"in e&&Array.isArray(e.end)?e.end.filter(e=>e.type==="space"||e.type==="comment"||e.type==="newline"):[];for(const t of Object.keys(e))if(t!=="type"&&t!=="offset")delete e[t];Object.assign(e,{type:r,indent:n,source:t,end:s})}}}t.createScalarToken=createScalarToken;t.resolveAsScalar=resolveAsScalar;t.setScalarValue=setScalarValue},91733:(e,t)=>{const stringify=e=>"type"in e?stringifyToken(e):stringifyItem(e);function stringifyToken(e){switch(e.type){case"block-scalar":{let t="";for(const r of e.props)t+=stringifyToken(r);return t+e.source}case"block-map":case"block-seq":{let t="";for(const r of e.items)t+=stringifyItem(r);return t}case"flow-collection":{let t=e.start.source;for(const r of e.items)t+=stringifyItem(r);for(const r of e.end)t+=r.source;return t}case"document":{let t=stringifyItem(e);if(e.end)for(const r of e.end)t+=r.source;return t}default:{let t=e.source;if("end"in e&&e.end)for(const r of e.end)t+=r.source;return t}}}function stringifyItem({start:e,key:t,sep:r,value:n}){let s="";for(const t of e)s+=t.source;if(t)s+=stringifyToken(t);if(r)for(const e of r)s+=e.source;if(n)s+=stringifyToken(n);return s}t.stringify=stringify},97715:(e,t)=>{const r=Symbol("break visit");const n=Symbol("skip children");const s=Symbol("remove item");function visit(e,t){if("type"in e&&e.type==="document")e={start:e.start,value:e.value};_visit(Object.freeze([]),e,t)}visit.BREAK=r;visit.SKIP=n;visit.REMOVE=s;visit.itemAtPath=(e,t)=>{let r=e;for(const[e,n]of t){const t=r?.[e];if(t&&"items"in t){r=t.items[n]}else return undefined}return r};visit.parentCollection=(e,t)=>{const r=visit.itemAtPath(e,t.slice(0,-1));const n=t[t.length-1][0];const s=r?.[n];if(s&&"items"in s)return s;throw new Error("Parent collection not found")};function _visit(e,t,n){let i=n(t,e);if(typeof i==="symbol")return i;for(const o of["key","value"]){const a=t[o];if(a&&"items"in a){for(let t=0;t<a.items.length;++t){const i=_visit(Object.freeze(e.concat([[o,t]])),a.items[t],n);if(typeof i==="number")t=i-1;else if(i===r)return r;else if(i===s){a.items.splice(t,1);t-=1}}if(typeof i==="function"&&o==="key")i=i(t,e)}}return typeof i==="function"?i(t,e):i}t.visit=visit},3461:(e,t,r)=>{var n=r(60110);var s=r(91733);var i=r(97715);const o="\ufeff";const a="";const c="";const l="";const isCollection=e=>!!e&&"items"in e;const isScalar=e=>!!e&&(e.type==="scalar"||e.type==="single-quoted-scalar"||e.type==="double-quoted-scalar"||e.type==="block-scalar");function prettyToken(e){switch(e){case o:return"<BOM>";case a:return"<DOC>";case c:return"<FLOW_END>";case l:return"<SCALAR>";default:return JSON.stringify(e)}}function tokenType(e){switch(e){case o:return"byte-order-mark";case a:return"doc-mode";case c:return"flow-error-end";case l:return"scalar";case"---":return"doc-start";case"...":return"doc-end";case"":case"\n":case"\r\n":return"newline";case"-":return"seq-item-ind";case"?":return"explicit-key-ind";case":":return"map-value-ind";case"{":return"flow-map-start";case"}":return"flow-map-end";case"[":return"flow-seq-start";case"]":return"flow-seq-end";case",":return"comma"}switch(e[0]){case" ":case"\t":return"space";case"#":return"comment";case"%":return"directive-line";case"*":return"alias";case"&":return"anchor";case"!":return"tag";case"'":return"single-quoted-scalar";case'"':return"double-quoted-scalar";case"|":case">":return"block-scalar-header"}return null}t.createScalarToken=n.createScalarToken;t.resolveAsScalar=n.resolveAsScalar;t.setScalarValue=n.setScalarValue;t.stringify=s.stringify;t.visit=i.visit;t.BOM=o;t.DOCUMENT=a;t.FLOW_END=c;t.SCALAR=l;t.isCollection=isCollection;t.isScalar=isScalar;t.prettyToken=prettyToken;t.tokenType=tokenType},40361:(e,t,r)=>{var n=r(3461);function isEmpty(e){switch(e){case undefined:case" ":case"\n":case"\r":case"\t":return true;default:return false}}const s=new Set("0123456789ABCDEFabcdef");const i=new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");const o=new Set(",[]{}");const a=new Set(" ,[]{}\n\r\t");const isNotAnchorChar=e=>!e||a.has(e);class Lexer{constructor(){this.atEnd=false;this.blockScalarIndent=-1;this.blockScalarKeep=false;this.buffer="";this.flowKey=false;this.flowLevel=0;this.indentNext=0;this.indentValue=0;this.lineEndPos=null;this.next=null;this.pos=0}*lex(e,t=false){if(e){if(typeof e!=="string")throw TypeError("source is not a string");this.buffer=this.buffer?this.buffer+e:e;this.lineEndPos=null}this.atEnd=!t;let r=this.next??"stream";while(r&&(t||this.hasChars(1)))r=yield*this.parseNext(r)}atLineEnd(){let e=this.pos;let t=this.buffer[e];while(t===" "||t==="\t")t=this.buffer[++e];if(!t||t==="#"||t==="\n")return true;if(t==="\r")return this.buffer[e+1]==="\n";return false}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let r=0;while(t===" ")t=this.buffer[++r+e];if(t==="\r"){const t=this.buffer[r+e+1];if(t==="\n"||!t&&!this.atEnd)return e+r+1}return t==="\n"||r>=this.indentNext||!t&&!this.atEnd?e+r:-1}if(t==="-"||t==="."){const t=this.buffer.substr(e,3);if((t==="---"||t==="...")&&isEmpty(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;if(typeof e!=="number"||e!==-1&&e<this.pos){e=this.buffer.indexOf("\n",this.pos);this.lineEndPos=e}if(e===-1)return this.atEnd?this.buffer.substring(this.pos):null;if(this.buffer[e-1]==="\r")e-=1;return this.buffer.substring(this.pos,e)}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){this.buffer=this.buffer.substring(this.pos);this.pos=0;this.lineEndPos=null;this.next=e;return null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case"stream":return yield*this.parseStream();case"line-start":return yield*this.parseLineStart();case"block-start":return yield*this.parseBlockStart();case"doc":return yield*this.parseDocument();case"flow":return yield*this.parseFlowCollection();case"quoted-scalar":return yield*this.parseQuotedScalar();case"block-scalar":return yield*this.parseBlockScalar();case"plain-scalar":return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext("stream");if(e[0]===n.BOM){yield*this.pushCount(1);e=e.substring(1)}if(e[0]==="%"){let t=e.length;let r=e.indexOf("#");while(r!==-1){const n=e[r-1];if(n===" "||n==="\t"){t=r-1;break}else{r=e.indexOf("#",r+1)}}while(true){const r=e[t-1];if(r===" "||r==="\t")t-=1;else break}const n=(yield*this.pushCount(t))+(yield*this.pushSpaces(true));yield*this.pushCount(e.length-n);this.pushNewline();return"stream"}if(this.atLineEnd()){const t=yield*this.pushSpaces(true);yield*this.pushCount(e.length-t);yield*this.pushNewline();return"stream"}yield n.DOCUMENT;return yield*this.parseLineStart()}*parseLineStart(){const e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext("line-start");if(e==="-"||e==="."){if(!this.atEnd&&!this.hasChars(4))return this.setNext("line-start");const e=this.peek(3);if((e==="---"||e==="...")&&isEmpty(this.charAt(3))){yield*this.pushCount(3);this.indentValue=0;this.indentNext=0;return e==="---"?"doc":"stream"}}this.indentValue=yield*this.pushSpaces(false);if(this.indentNext>this.indentValue&&!isEmpty(this.charAt(1)))this.indentNext=this.indentValue;return yield*this.parseBlockStart()}*parseBlockStart(){const[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext("block-start");if((e==="-"||e==="?"||e===":")&&isEmpty(t)){const e=(yield*this.pushCount(1))+(yield*this.pushSpaces(true));this.indentNext=this.indentValue+1;this.indentValue+=e;return"block-start"}return"doc"}*parseDocument(){yield*this.pushSpaces(true);const e=this.getLine();if(e===null)return this.setNext("doc");let t=yield*this.pushIndicators();switch(e[t]){case"#":yield*this.pushCount(e.length-t);case undefined:yield*this.pushNewline();return yield*this.parseLineStart();case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel=1;return"flow";case"}":case"]":yield*this.pushCount(1);return"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"doc";case'"':case"'":return yield*this.parseQuotedScalar();case"|":case">":t+=(yield*this.parseBlockScalarHeader());t+=(yield*this.pushSpaces(true));yield*this.pushCount(e.length-t);yield*this.pushNewline();return yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t;let r=-1;do{e=yield*this.pushNewline();if(e>0){t=yield*this.pushSpaces(false);this.indentValue=r=t}else{t=0}t+=(yield*this.pushSpaces(true))}while(e+t>0);const s=this.getLine();if(s===null)return this.setNext("flow");if(r!==-1&&r<this.indentNext&&s[0]!=="#"||r===0&&(s.startsWith("---")||s.startsWith("..."))&&isEmpty(s[3])){const e=r===this.indentNext-1&&this.flowLevel===1&&(s[0]==="]"||s[0]==="}");if(!e){this.flowLevel=0;yield n.FLOW_END;return yield*this.parseLineStart()}}let i=0;while(s[i]===","){i+=(yield*this.pushCount(1));i+=(yield*this.pushSpaces(true));this.flowKey=false}i+=(yield*this.pushIndicators());switch(s[i]){case undefined:return"flow";case"#":yield*this.pushCount(s.length-i);return"flow";case"{":case"[":yield*this.pushCount(1);this.flowKey=false;this.flowLevel+=1;return"flow";case"}":case"]":yield*this.pushCount(1);this.flowKey=true;this.flowLevel-=1;return this.flowLevel?"flow":"doc";case"*":yield*this.pushUntil(isNotAnchorChar);return"flow";case'"':case"'":this.flowKey=true;return yield*this.parseQuotedScalar();case":":{const e=this.charAt(1);if(this.flowKey||isEmpty(e)||e===","){this.flowKey=false;yield*this.pushCount(1);yield*this.pushSpaces(true);return"flow"}}default:this.flowKey=false;return yield*this.parsePlainScalar()}}*parseQuotedScalar(){const e=this.charAt(0);let t=this.buffer.indexOf(e,this.pos+1);if(e==="'"){while(t!==-1&&this.buffer[t+1]==="'")t=this.buffer.indexOf("'",t+2)}else{while(t!==-1){let e=0;while(this.buffer[t-1-e]==="\\")e+=1;if(e%2===0)break;t=this.buffer.indexOf('"',t+1)}}const r=this.buffer.substring(0,t);let n=r.indexOf("\n",this.pos);if(n!==-1){while(n!==-1){const e=this.continueScalar(n+1);if(e===-1)break;n=r.indexOf("\n",e)}if(n!==-1){t=n-(r[n-1]==="\r"?2:1)}}if(t===-1){if(!this.atEnd)return this.setNext("quoted-scalar");t=this.buffer.length}yield*this.pushToIndex(t+1,false);return this.flowLevel?"flow":"doc"}*parseBlockScalarHeader(){this.blockScalarIndent=-1;this.blockScalarKeep=false;let e=this.pos;while(true){const t=this.buffer[++e];if(t==="+")this.blockScalarKeep=true;else if(t>"0"&&t<="9")this.blockScalarIndent=Number(t)-1;else if(t!=="-")break}return yield*this.pushUntil(e=>isEmpty(e)||e==="#")}*parseBlockScalar(){let e=this.pos-1;let t=0;let r;e:for(let n=this.pos;r=this.buffer[n];++n){switch(r){case" ":t+=1;break;case"\n":e=n;t=0;break;case"\r":{const e=this.buffer[n+1];if(!e&&!this.atEnd)return this.setNext("block-scalar");if(e==="\n")break}default:break e}}if(!r&&!this.atEnd)return this.setNext("block-scalar");if(t>=this.indentNext){if(this.blockScalarIndent===-1)this.indentNext=t;else{this.indentNext=this.blockScalarIndent+(this.indentNext===0?1:this.indentNext)}do{const t=this.continueScalar(e+1);if(t===-1)break;e=this.buffer.indexOf("\n",t)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext("block-scalar");e=this.buffer.length}}let s=e+1;r=this.buffer[s];while(r===" ")r=this.buffer[++s];if(r==="\t"){while(r==="\t"||r===" "||r==="\r"||r==="\n")r=this.buffer[++s];e=s-1}else if(!this.blockScalarKeep){do{let r=e-1;let n=this.buffer[r];if(n==="\r")n=this.buffer[--r];const s=r;while(n===" ")n=this.buffer[--r];if(n==="\n"&&r>=this.pos&&r+1+t>s)e=r;else break}while(true)}yield n.SCALAR;yield*this.pushToIndex(e+1,true);return yield*this.parseLineStart()}*parsePlainScalar(){const e=this.flowLevel>0;let t=this.pos-1;let r=this.pos-1;let s;while(s=this.buffer[++r]){if(s===":"){const n=this.buffer[r+1];if(isEmpty(n)||e&&o.has(n))break;t=r}else if(isEmpty(s)){let n=this.buffer[r+1];if(s==="\r"){if(n==="\n"){r+=1;s="\n";n=this.buffer[r+1]}else t=r}if(n==="#"||e&&o.has(n))break;if(s==="\n"){const e=this.continueScalar(r+1);if(e===-1)break;r=Math.max(r,e-2)}}else{if(e&&o.has(s))break;t=r}}if(!s&&!this.atEnd)return this.setNext("plain-scalar");yield n.SCALAR;yield*this.pushToIndex(t+1,true);return e?"flow":"doc"}*pushCount(e){if(e>0){yield this.buffer.substr(this.pos,e);this.pos+=e;return e}return 0}*pushToIndex(e,t){const r=this.buffer.slice(this.pos,e);if(r){yield r;this.pos+=r.length;return r.length}else if(t)yield"";return 0}*pushIndicators(){let e=0;e:while(true){switch(this.charAt(0)){case"!":e+=(yield*this.pushTag());e+=(yield*this.pushSpaces(true));continue e;case"&":e+=(yield*this.pushUntil(isNotAnchorChar));e+=(yield*this.pushSpaces(true));continue e;case"-":case"?":case":":{const t=this.flowLevel>0;const r=this.charAt(1);if(isEmpty(r)||t&&o.has(r)){if(!t)this.indentNext=this.indentValue+1;else if(this.flowKey)this.flowKey=false;e+=(yield*this.pushCount(1));e+=(yield*this.pushSpaces(true));continue e}}}break e}return e}*pushTag(){if(this.charAt(1)==="<"){let e=this.pos+2;let t=this.buffer[e];while(!isEmpty(t)&&t!==">")t=this.buffer[++e];return yield*this.pushToIndex(t===">"?e+1:e,false)}else{let e=this.pos+1;let t=this.buffer[e];while(t){if(i.has(t))t=this.buffer[++e];else if(t==="%"&&s.has(this.buffer[e+1])&&s.has(this.buffer[e+2])){t=this.buffer[e+=3]}else break}return yield*this.pushToIndex(e,false)}}*pushNewline(){const e=this.buffer[this.pos];if(e==="\n")return yield*this.pushCount(1);else if(e==="\r"&&this.charAt(1)==="\n")return yield*this.pushCount(2);else return 0}*pushSpaces(e){let t=this.pos-1;let r;do{r=this.buffer[++t]}while(r===" "||e&&r==="\t");const n=t-this.pos;if(n>0){yield this.buffer.substr(this.pos,n);this.pos=t}return n}*pushUntil(e){let t=this.pos;let r=this.buffer[t];while(!e(r))r=this.buffer[++t];return yield*this.pushToIndex(t,false)}}t.Lexer=Lexer},66628:(e,t)=>{class LineCounter{constructor(){this.lineStarts=[];this.addNewLine=e=>this.lineStarts.push(e);this.linePos=e=>{let t=0;let r=this.lineStarts.length;while(t<r){const n=t+r>>1;if(this.lineStarts[n]<e)t=n+1;else r=n}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};const n=this.lineStarts[t-1];return{line:t,col:e-n+1}}}}t.LineCounter=LineCounter},3456:(e,t,r)=>{var n=r(932);var s=r(3461);var i=r(40361);function includesToken(e,t){for(let r=0;r<e.length;++r)if(e[r].type===t)return true;return false}function findNonEmptyIndex(e){for(let t=0;t<e.length;++t){switch(e[t].type){case"space":case"comment":case"newline":break;default:return t}}return-1}function isFlowToken(e){switch(e?.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":case"flow-collection":return true;default:return false}}function getPrevProps(e){switch(e.type){case"document":return e.start;case"block-map":{const t=e.items[e.items.length-1];return t.sep??t.start}case"block-seq":return e.items[e.items.length-1].start;default:return[]}}function getFirstKeyStartProps(e){if(e.length===0)return[];let t=e.length;e:while(--t>=0){switch(e[t].type){case"doc-start":case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":case"newline":break e}}while(e[++t]?.type==="space"){}return e.splice(t,e.length)}function arrayPushArray(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let r=0;r<t.length;++r)e.push(t[r])}function fixFlowSeqItems(e){if(e.start.type==="flow-seq-start"){for(const t of e.items){if(t.sep&&!t.value&&!includesToken(t.start,"explicit-key-ind")&&!includesToken(t.sep,"map-value-ind")){if(t.key)t.value=t.key;delete t.key;if(isFlowToken(t.value)){if(t.value.end)arrayPushArray(t.value.end,t.sep);else t.value.end=t.sep}else arrayPushArray(t.start,t.sep);delete t.sep}}}}class Parser{constructor(e){this.atNewLine=true;this.atScalar=false;this.indent=0;this.offset=0;this.onKeyLine=false;this.stack=[];this.source="";this.type="";this.lexer=new i.Lexer;this.onNewLine=e}*parse(e,t=false){if(this.onNewLine&&this.offset===0)this.onNewLine(0);for(const r of this.lexer.lex(e,t))yield*this.next(r);if(!t)yield*this.end()}*next(e){this.source=e;if(n.env.LOG_TOKENS)console.log("|",s.prettyToken(e));if(this.atScalar){this.atScalar=false;yield*this.step();this.offset+=e.length;return}const t=s.tokenType(e);if(!t){const t=`Not a YAML token: ${e}`;yield*this.pop({type:"error",offset:this.offset,message:t,source:e});this.offset+=e.length}else if(t==="scalar"){this.atNewLine=false;this.atScalar=true;this.type="scalar"}else{this.type=t;yield*this.step();switch(t){case"newline":this.atNewLine=true;this.indent=0;if(this.onNewLine)this.onNewLine(this.offset+e.length);break;case"space":if(this.atNewLine&&e[0]===" ")this.indent+=e.length;break;case"explicit-key-ind":case"map-value-ind":case"seq-item-ind":if(this.atNewLine)this.indent+=e.length;break;case"doc-mode":case"flow-error-end":return;default:this.atNewLine=false}this.offset+=e.length}}*end(){while(this.stack.length>0)yield*this.pop()}get sourceToken(){const e={type:this.type,offset:this.offset,indent:this.indent,source:this.source};return e}*step(){const e=this.peek(1);if(this.type==="doc-end"&&e?.type!=="doc-end"){while(this.stack.length>0)yield*this.pop();this.stack.push({type:"doc-end",offset:this.offset,source:this.source});return}if(!e)return yield*this.stream();switch(e.type){case"document":return yield*this.document(e);case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return yield*this.scalar(e);case"block-scalar":return yield*this.blockScalar(e);case"block-map":return yield*this.blockMap(e);case"block-seq":return yield*this.blockSequence(e);case"flow-collection":return yield*this.flowCollection(e);case"doc-end":return yield*this.documentEnd(e)}yield*this.pop()}peek(e){return this.stack[this.stack.length-e]}*pop(e){const t=e??this.stack.pop();if(!t){const e="Tried to pop an empty stack";yield{type:"error",offset:this.offset,source:"",message:e}}else if(this.stack.length===0){yield t}else{const e=this.peek(1);if(t.type==="block-scalar"){t.indent="indent"in e?e.indent:0}else if(t.type==="flow-collection"&&e.type==="document"){t.indent=0}if(t.type==="flow-collection")fixFlowSeqItems(t);switch(e.type){case"document":e.value=t;break;case"block-scalar":e.props.push(t);break;case"block-map":{const r=e.items[e.items.length-1];if(r.value){e.items.push({start:[],key:t,sep:[]});this.onKeyLine=true;return}else if(r.sep){r.value=t}else{Object.assign(r,{key:t,sep:[]});this.onKeyLine=!r.explicitKey;return}break}case"block-seq":{const r=e.items[e.items.length-1];if(r.value)e.items.push({start:[],value:t});else r.value=t;break}case"flow-collection":{const r=e.items[e.items.length-1];if(!r||r.value)e.items.push({start:[],key:t,sep:[]});else if(r.sep)r.value=t;else Object.assign(r,{key:t,sep:[]});return}default:yield*this.pop();yield*this.pop(t)}if((e.type==="document"||e.type==="block-map"||e.type==="block-seq")&&(t.type==="block-map"||t.type==="block-seq")){const r=t.items[t.items.length-1];if(r&&!r.sep&&!r.value&&r.start.length>0&&findNonEmptyIndex(r.start)===-1&&(t.indent===0||r.start.every(e=>e.type!=="comment"||e.indent<t.indent))){if(e.type==="document")e.end=r.start;else e.items.push({start:r.start});t.items.splice(-1,1)}}}}*stream(){switch(this.type){case"directive-line":yield{type:"directive",offset:this.offset,source:this.source};return;case"byte-order-mark":case"space":case"comment":case"newline":yield this.sourceToken;return;case"doc-mode":case"doc-start":{const e={type:"document",offset:this.offset,start:[]};if(this.type==="doc-start")e.start.push(this.sourceToken);this.stack.push(e);return}}yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case"doc-start":{if(findNonEmptyIndex(e.start)!==-1){yield*this.pop();yield*this.step()}else e.start.push(this.sourceToken);return}case"anchor":case"tag":case"space":case"comment":case"newline":e.start.push(this.sourceToken);return}const t=this.startBlockValue(e);if(t)this.stack.push(t);else{yield{type:"error",offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}}*scalar(e){if(this.type==="map-value-ind"){const t=getPrevProps(this.peek(2));const r=getFirstKeyStartProps(t);let n;if(e.end){n=e.end;n.push(this.sourceToken);delete e.end}else n=[this.sourceToken];const s={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:r,key:e,sep:n}]};this.onKeyLine=true;this.stack[this.stack.length-1]=s}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case"space":case"comment":case"newline":e.props.push(this.sourceToken);return;case"scalar":e.source=this.source;this.atNewLine=true;this.indent=0;if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}yield*this.pop();break;default:yield*this.pop();yield*this.step()}}*blockMap(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":this.onKeyLine=false;if(t.value){const r="end"in t.value?t.value.end:undefined;const n=Array.isArray(r)?r[r.length-1]:undefined;if(n?.type==="comment")r?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"space":case"comment":if(t.value){e.items.push({start:[this.sourceToken]})}else if(t.sep){t.sep.push(this.sourceToken)}else{if(this.atIndentedComment(t.start,e.indent)){const r=e.items[e.items.length-2];const n=r?.value?.end;if(Array.isArray(n)){arrayPushArray(n,t.start);n.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){const r=!this.onKeyLine&&this.indent===e.indent;const n=r&&(t.sep||t.explicitKey)&&this.type!=="seq-item-ind";let s=[];if(n&&t.sep&&!t.value){const r=[];for(let n=0;n<t.sep.length;++n){const s=t.sep[n];switch(s.type){case"newline":r.push(n);break;case"space":break;case"comment":if(s.indent>e.indent)r.length=0;break;default:r.length=0}}if(r.length>=2)s=t.sep.splice(r[1])}switch(this.type){case"anchor":case"tag":if(n||t.value){s.push(this.sourceToken);e.items.push({start:s});this.onKeyLine=true}else if(t.sep){t.sep.push(this.sourceToken)}else{t.start.push(this.sourceToken)}return;case"explicit-key-ind":if(!t.sep&&!t.explicitKey){t.start.push(this.sourceToken);t.explicitKey=true}else if(n||t.value){s.push(this.sourceToken);e.items.push({start:s,explicitKey:true})}else{this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:true}]})}this.onKeyLine=true;return;case"map-value-ind":if(t.explicitKey){if(!t.sep){if(includesToken(t.start,"newline")){Object.assign(t,{key:null,sep:[this.sourceToken]})}else{const e=getFirstKeyStartProps(t.start);this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}}else if(t.value){e.items.push({start:[],key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:s,key:null,sep:[this.sourceToken]}]})}else if(isFlowToken(t.key)&&!includesToken(t.sep,"newline")){const e=getFirstKeyStartProps(t.start);const r=t.key;const n=t.sep;n.push(this.sourceToken);delete t.key;delete t.sep;this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:e,key:r,sep:n}]})}else if(s.length>0){t.sep=t.sep.concat(s,this.sourceToken)}else{t.sep.push(this.sourceToken)}}else{if(!t.sep){Object.assign(t,{key:null,sep:[this.sourceToken]})}else if(t.value||n){e.items.push({start:s,key:null,sep:[this.sourceToken]})}else if(includesToken(t.sep,"map-value-ind")){this.stack.push({type:"block-map",offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]})}else{t.sep.push(this.sourceToken)}}this.onKeyLine=true;return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const r=this.flowScalar(this.type);if(n||t.value){e.items.push({start:s,key:r,sep:[]});this.onKeyLine=true}else if(t.sep){this.stack.push(r)}else{Object.assign(t,{key:r,sep:[]});this.onKeyLine=true}return}default:{const n=this.startBlockValue(e);if(n){if(n.type==="block-seq"){if(!t.explicitKey&&t.sep&&!includesToken(t.sep,"newline")){yield*this.pop({type:"error",offset:this.offset,message:"Unexpected block-seq-ind on same line with key",source:this.source});return}}else if(r){e.items.push({start:s})}this.stack.push(n);return}}}}yield*this.pop();yield*this.step()}*blockSequence(e){const t=e.items[e.items.length-1];switch(this.type){case"newline":if(t.value){const r="end"in t.value?t.value.end:undefined;const n=Array.isArray(r)?r[r.length-1]:undefined;if(n?.type==="comment")r?.push(this.sourceToken);else e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case"space":case"comment":if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){const r=e.items[e.items.length-2];const n=r?.value?.end;if(Array.isArray(n)){arrayPushArray(n,t.start);n.push(this.sourceToken);e.items.pop();return}}t.start.push(this.sourceToken)}return;case"anchor":case"tag":if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case"seq-item-ind":if(this.indent!==e.indent)break;if(t.value||includesToken(t.start,"seq-item-ind"))e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return}if(this.indent>e.indent){const t=this.startBlockValue(e);if(t){this.stack.push(t);return}}yield*this.pop();yield*this.step()}*flowCollection(e){const t=e.items[e.items.length-1];if(this.type==="flow-error-end"){let e;do{yield*this.pop();e=this.peek(1)}while(e?.type==="flow-collection")}else if(e.end.length===0){switch(this.type){case"comma":case"explicit-key-ind":if(!t||t.sep)e.items.push({start:[this.sourceToken]});else t.start.push(this.sourceToken);return;case"map-value-ind":if(!t||t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else Object.assign(t,{key:null,sep:[this.sourceToken]});return;case"space":case"comment":case"newline":case"anchor":case"tag":if(!t||t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else t.start.push(this.sourceToken);return;case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":{const r=this.flowScalar(this.type);if(!t||t.value)e.items.push({start:[],key:r,sep:[]});else if(t.sep)this.stack.push(r);else Object.assign(t,{key:r,sep:[]});return}case"flow-map-end":case"flow-seq-end":e.end.push(this.sourceToken);return}const r=this.startBlockValue(e);if(r)this.stack.push(r);else{yield*this.pop();yield*this.step()}}else{const t=this.peek(2);if(t.type==="block-map"&&(this.type==="map-value-ind"&&t.indent===e.indent||this.type==="newline"&&!t.items[t.items.length-1].sep)){yield*this.pop();yield*this.step()}else if(this.type==="map-value-ind"&&t.type!=="flow-collection"){const r=getPrevProps(t);const n=getFirstKeyStartProps(r);fixFlowSeqItems(e);const s=e.end.splice(1,e.end.length);s.push(this.sourceToken);const i={type:"block-map",offset:e.offset,indent:e.indent,items:[{start:n,key:e,sep:s}]};this.onKeyLine=true;this.stack[this.stack.length-1]=i}else{yield*this.lineEnd(e)}}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf("\n")+1;while(e!==0){this.onNewLine(this.offset+e);e=this.source.indexOf("\n",e)+1}}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case"alias":case"scalar":case"single-quoted-scalar":case"double-quoted-scalar":return this.flowScalar(this.type);case"block-scalar-header":return{type:"block-scalar",offset:this.offset,indent:this.indent,props:[this.sourceToken],source:""};case"flow-map-start":case"flow-seq-start":return{type:"flow-collection",offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case"seq-item-ind":return{type:"block-seq",offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case"explicit-key-ind":{this.onKeyLine=true;const t=getPrevProps(e);const r=getFirstKeyStartProps(t);r.push(this.sourceToken);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,explicitKey:true}]}}case"map-value-ind":{this.onKeyLine=true;const t=getPrevProps(e);const r=getFirstKeyStartProps(t);return{type:"block-map",offset:this.offset,indent:this.indent,items:[{start:r,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){if(this.type!=="comment")return false;if(this.indent<=t)return false;return e.every(e=>e.type==="newline"||e.type==="space")}*documentEnd(e){if(this.type!=="doc-mode"){if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}*lineEnd(e){switch(this.type){case"comma":case"doc-start":case"doc-end":case"flow-seq-end":case"flow-map-end":case"map-value-ind":yield*this.pop();yield*this.step();break;case"newline":this.onKeyLine=false;case"space":case"comment":default:if(e.end)e.end.push(this.sourceToken);else e.end=[this.sourceToken];if(this.type==="newline")yield*this.pop()}}}t.Parser=Parser},84047:(e,t,r)=>{var n=r(89984);var s=r(3021);var i=r(91464);var o=r(57249);var a=r(41127);var c=r(66628);var l=r(3456);function parseOptions(e){const t=e.prettyErrors!==false;const r=e.lineCounter||t&&new c.LineCounter||null;return{lineCounter:r,prettyErrors:t}}function parseAllDocuments(e,t={}){const{lineCounter:r,prettyErrors:s}=parseOptions(t);const o=new l.Parser(r?.addNewLine);const a=new n.Composer(t);const c=Array.from(a.compose(o.parse(e)));if(s&&r)for(const t of c){t.errors.forEach(i.prettifyError(e,r));t.warnings.forEach(i.prettifyError(e,r))}if(c.length>0)return c;return Object.assign([],{empty:true},a.streamInfo())}function parseDocument(e,t={}){const{lineCounter:r,prettyErrors:s}=parseOptions(t);const o=new l.Parser(r?.addNewLine);const a=new n.Composer(t);let c=null;for(const t of a.compose(o.parse(e),true,e.length)){if(!c)c=t;else if(c.options.logLevel!=="silent"){c.errors.push(new i.YAMLParseError(t.range.slice(0,2),"MULTIPLE_DOCS","Source contains multiple documents; please use YAML.parseAllDocuments()"));break}}if(s&&r){c.errors.forEach(i.prettifyError(e,r));c.warnings.forEach(i.prettifyError(e,r))}return c}function parse(e,t,r){let n=undefined;if(typeof t==="function"){n=t}else if(r===undefined&&t&&typeof t==="object"){r=t}const s=parseDocument(e,r);if(!s)return null;s.warnings.forEach(e=>o.warn(s.options.logLevel,e));if(s.errors.length>0){if(s.options.logLevel!=="silent")throw s.errors[0];else s.errors=[]}return s.toJS(Object.assign({reviver:n},r))}function stringify(e,t,r){let n=null;if(typeof t==="function"||Array.isArray(t)){n=t}else if(r===undefined&&t){r=t}if(typeof r==="string")r=r.length;if(typeof r==="number"){const e=Math.round(r);r=e<1?undefined:e>8?{indent:8}:{indent:e}}if(e===undefined){const{keepUndefined:e}=r??t??{};if(!e)return undefined}if(a.isDocument(e)&&!n)return e.toString(r);return new s.Document(e,n,r).toString(r)}t.parse=parse;t.parseAllDocuments=parseAllDocuments;t.parseDocument=parseDocument;t.stringify=stringify},45840:(e,t,r)=>{var n=r(41127);var s=r(47451);var i=r(1706);var o=r(66464);var a=r(90018);const sortMapEntriesByKey=(e,t)=>e.key<t.key?-1:e.key>t.key?1:0;class Schema{constructor({compat:e,customTags:t,merge:r,resolveKnownTags:c,schema:l,sortMapEntries:u,toStringDefaults:f}){this.compat=Array.isArray(e)?a.getTags(e,"compat"):e?a.getTags(null,e):null;this.name=typeof l==="string"&&l||"core";this.knownTags=c?a.coreKnownTags:{};this.tags=a.getTags(t,this.name,r);this.toStringOptions=f??null;Object.defineProperty(this,n.MAP,{value:s.map});Object.defineProperty(this,n.SCALAR,{value:o.string});Object.defineProperty(this,n.SEQ,{value:i.seq});this.sortMapEntries=typeof u==="function"?u:u===true?sortMapEntriesByKey:null}clone(){const e=Object.create(Schema.prototype,Object.getOwnPropertyDescriptors(this));e.tags=this.tags.slice();return e}}t.Schema=Schema},47451:(e,t,r)=>{var n=r(41127);var s=r(84454);const i={collection:"map",default:true,nodeClass:s.YAMLMap,tag:"tag:yaml.org,2002:map",resolve(e,t){if(!n.isMap(e))t("Expected a mapping for this tag");return e},createNode:(e,t,r)=>s.YAMLMap.from(e,t,r)};t.map=i},73632:(e,t,r)=>{var n=r(63301);const s={identify:e=>e==null,createNode:()=>new n.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new n.Scalar(null),stringify:({source:e},t)=>typeof e==="string"&&s.test.test(e)?e:t.options.nullStr};t.nullTag=s},1706:(e,t,r)=>{var n=r(41127);var s=r(92223);const i={collection:"seq",default:true,nodeClass:s.YAMLSeq,tag:"tag:yaml.org,2002:seq",resolve(e,t){if(!n.isSeq(e))t("Expected a sequence for this tag");return e},createNode:(e,t,r)=>s.YAMLSeq.from(e,t,r)};t.seq=i},66464:(e,t,r)=>{var n=r(83069);const s={identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify(e,t,r,s){t=Object.assign({actualString:true},t);return n.stringifyString(e,t,r,s)}};t.string=s},73959:(e,t,r)=>{var n=r(63301);const s={identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new n.Scalar(e[0]==="t"||e[0]==="T"),stringify({source:e,value:t},r){if(e&&s.test.test(e)){const r=e[0]==="t"||e[0]==="T";if(t===r)return e}return t?r.options.trueStr:r.options.falseStr}};t.boolTag=s},38405:(e,t,r)=>{var n=r(63301);var s=r(28689);const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber};const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){const t=new n.Scalar(parseFloat(e));const r=e.indexOf(".");if(r!==-1&&e[e.length-1]==="0")t.minFractionDigits=e.length-r-1;return t},stringify:s.stringifyNumber};t.float=a;t.floatExp=o;t.floatNaN=i},59874:(e,t,r)=>{var n=r(28689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);const intResolve=(e,t,r,{intAsBigInt:n})=>n?BigInt(e):parseInt(e.substring(t),r);function intStringify(e,t,r){const{value:s}=e;if(intIdentify(s)&&s>=0)return r+s.toString(t);return n.stringifyNumber(e)}const s={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^0o[0-7]+$/,resolve:(e,t,r)=>intResolve(e,2,8,r),stringify:e=>intStringify(e,8,"0o")};const i={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9]+$/,resolve:(e,t,r)=>intResolve(e,0,10,r),stringify:n.stringifyNumber};const o={identify:e=>intIdentify(e)&&e>=0,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,r)=>intResolve(e,2,16,r),stringify:e=>intStringify(e,16,"0x")};t.int=i;t.intHex=o;t.intOct=s},70896:(e,t,r)=>{var n=r(47451);var s=r(73632);var i=r(1706);var o=r(66464);var a=r(73959);var c=r(38405);var l=r(59874);const u=[n.map,i.seq,o.string,s.nullTag,a.boolTag,l.intOct,l.int,l.intHex,c.floatNaN,c.floatExp,c.float];t.schema=u},33559:(e,t,r)=>{var n=r(63301);var s=r(47451);var i=r(1706);function intIdentify(e){return typeof e==="bigint"||Number.isInteger(e)}const stringifyJSON=({value:e})=>JSON.stringify(e);const o=[{identify:e=>typeof e==="string",default:true,tag:"tag:yaml.org,2002:str",resolve:e=>e,stringify:stringifyJSON},{identify:e=>e==null,createNode:()=>new n.Scalar(null),default:true,tag:"tag:yaml.org,2002:null",test:/^null$/,resolve:()=>null,stringify:stringifyJSON},{identify:e=>typeof e==="boolean",default:true,tag:"tag:yaml.org,2002:bool",test:/^true$|^false$/,resolve:e=>e==="true",stringify:stringifyJSON},{identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:r})=>r?BigInt(e):parseInt(e,10),stringify:({value:e})=>intIdentify(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:stringifyJSON}];const a={default:true,tag:"",test:/^/,resolve(e,t){t(`Unresolved plain scalar ${JSON.stringify(e)}`);return e}};const c=[s.map,i.seq].concat(o,a);t.schema=c},90018:(e,t,r)=>{var n=r(47451);var s=r(73632);var i=r(1706);var o=r(66464);var a=r(73959);var c=r(38405);var l=r(59874);var u=r(70896);var f=r(33559);var p=r(56083);var d=r(90452);var h=r(50303);var m=r(18385);var g=r(35913);var v=r(81528);var y=r(46752);const b=new Map([["core",u.schema],["failsafe",[n.map,i.seq,o.string]],["json",f.schema],["yaml11",g.schema],["yaml-1.1",g.schema]]);const O={binary:p.binary,bool:a.boolTag,float:c.float,floatExp:c.floatExp,floatNaN:c.floatNaN,floatTime:y.floatTime,int:l.int,intHex:l.intHex,intOct:l.intOct,intTime:y.intTime,map:n.map,merge:d.merge,null:s.nullTag,omap:h.omap,pairs:m.pairs,seq:i.seq,set:v.set,timestamp:y.timestamp};const w={"tag:yaml.org,2002:binary":p.binary,"tag:yaml.org,2002:merge":d.merge,"tag:yaml.org,2002:omap":h.omap,"tag:yaml.org,2002:pairs":m.pairs,"tag:yaml.org,2002:set":v.set,"tag:yaml.org,2002:timestamp":y.timestamp};function getTags(e,t,r){const n=b.get(t);if(n&&!e){return r&&!n.includes(d.merge)?n.concat(d.merge):n.slice()}let s=n;if(!s){if(Array.isArray(e))s=[];else{const e=Array.from(b.keys()).filter(e=>e!=="yaml11").map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}}if(Array.isArray(e)){for(const t of e)s=s.concat(t)}else if(typeof e==="function"){s=e(s.slice())}if(r)s=s.concat(d.merge);return s.reduce((e,t)=>{const r=typeof t==="string"?O[t]:t;if(!r){const e=JSON.stringify(t);const r=Object.keys(O).map(e=>JSON.stringify(e)).join(", ");throw new Error(`Unknown custom tag ${e}; use one of ${r}`)}if(!e.includes(r))e.push(r);return e},[])}t.coreKnownTags=w;t.getTags=getTags},56083:(e,t,r)=>{var n=r(20181);var s=r(63301);var i=r(83069);const o={identify:e=>e instanceof Uint8Array,default:false,tag:"tag:yaml.org,2002:binary",resolve(e,t){if(typeof n.Buffer==="function"){return n.Buffer.from(e,"base64")}else if(typeof atob==="function"){const t=atob(e.replace(/[\n\r]/g,""));const r=new Uint8Array(t.length);for(let e=0;e<t.length;++e)r[e]=t.charCodeAt(e);return r}else{t("This environment does not support reading binary tags; either Buffer or atob is required");return e}},stringify({comment:e,type:t,value:r},o,a,c){if(!r)return"";const l=r;let u;if(typeof n.Buffer==="function"){u=l instanceof n.Buffer?l.toString("base64"):n.Buffer.from(l.buffer).toString("base64")}else if(typeof btoa==="function"){let e="";for(let t=0;t<l.length;++t)e+=String.fromCharCode(l[t]);u=btoa(e)}else{throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required")}t??(t=s.Scalar.BLOCK_LITERAL);if(t!==s.Scalar.QUOTE_DOUBLE){const e=Math.max(o.options.lineWidth-o.indent.length,o.options.minContentWidth);const r=Math.ceil(u.length/e);const n=new Array(r);for(let t=0,s=0;t<r;++t,s+=e){n[t]=u.substr(s,e)}u=n.join(t===s.Scalar.BLOCK_LITERAL?"\n":" ")}return i.stringifyString({comment:e,type:t,value:u},o,a,c)}};t.binary=o},88398:(e,t,r)=>{var n=r(63301);function boolStringify({value:e,source:t},r){const n=e?s:i;if(t&&n.test.test(t))return t;return e?r.options.trueStr:r.options.falseStr}const s={identify:e=>e===true,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new n.Scalar(true),stringify:boolStringify};const i={identify:e=>e===false,default:true,tag:"tag:yaml.org,2002:bool",test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new n.Scalar(false),stringify:boolStringify};t.falseTag=i;t.trueTag=s},35782:(e,t,r)=>{var n=r(63301);var s=r(28689);const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()==="nan"?NaN:e[0]==="-"?Number.NEGATIVE_INFINITY:Number.POSITIVE_INFINITY,stringify:s.stringifyNumber};const o={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"EXP",test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,"")),stringify(e){const t=Number(e.value);return isFinite(t)?t.toExponential():s.stringifyNumber(e)}};const a={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){const t=new n.Scalar(parseFloat(e.replace(/_/g,"")));const r=e.indexOf(".");if(r!==-1){const n=e.substring(r+1).replace(/_/g,"");if(n[n.length-1]==="0")t.minFractionDigits=n.length}return t},stringify:s.stringifyNumber};t.float=a;t.floatExp=o;t.floatNaN=i},10873:(e,t,r)=>{var n=r(28689);const intIdentify=e=>typeof e==="bigint"||Number.isInteger(e);function intResolve(e,t,r,{intAsBigInt:n}){const s=e[0];if(s==="-"||s==="+")t+=1;e=e.substring(t).replace(/_/g,"");if(n){switch(r){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`;break}const t=BigInt(e);return s==="-"?BigInt(-1)*t:t}const i=parseInt(e,r);return s==="-"?-1*i:i}function intStringify(e,t,r){const{value:s}=e;if(intIdentify(s)){const e=s.toString(t);return s<0?"-"+r+e.substr(1):r+e}return n.stringifyNumber(e)}const s={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"BIN",test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,r)=>intResolve(e,2,2,r),stringify:e=>intStringify(e,2,"0b")};const i={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"OCT",test:/^[-+]?0[0-7_]+$/,resolve:(e,t,r)=>intResolve(e,1,8,r),stringify:e=>intStringify(e,8,"0")};const o={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,r)=>intResolve(e,0,10,r),stringify:n.stringifyNumber};const a={identify:intIdentify,default:true,tag:"tag:yaml.org,2002:int",format:"HEX",test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,r)=>intResolve(e,2,16,r),stringify:e=>intStringify(e,16,"0x")};t.int=o;t.intBin=s;t.intHex=a;t.intOct=i},90452:(e,t,r)=>{var n=r(41127);var s=r(63301);const i="<<";const o={identify:e=>e===i||typeof e==="symbol"&&e.description===i,default:"key",tag:"tag:yaml.org,2002:merge",test:/^<<$/,resolve:()=>Object.assign(new s.Scalar(Symbol(i)),{addToJSMap:addMergeToJSMap}),stringify:()=>i};const isMergeKey=(e,t)=>(o.identify(t)||n.isScalar(t)&&(!t.type||t.type===s.Scalar.PLAIN)&&o.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===o.tag&&e.default);function addMergeToJSMap(e,t,r){const s=resolveAliasValue(e,r);if(n.isSeq(s))for(const r of s.items)mergeValue(e,t,r);else if(Array.isArray(s))for(const r of s)mergeValue(e,t,r);else mergeValue(e,t,s)}function mergeValue(e,t,r){const s=resolveAliasValue(e,r);if(!n.isMap(s))throw new Error("Merge sources must be maps or map aliases");const i=s.toJSON(null,e,Map);for(const[e,r]of i){if(t instanceof Map){if(!t.has(e))t.set(e,r)}else if(t instanceof Set){t.add(e)}else if(!Object.prototype.hasOwnProperty.call(t,e)){Object.defineProperty(t,e,{value:r,writable:true,enumerable:true,configurable:true})}}return t}function resolveAliasValue(e,t){return e&&n.isAlias(t)?t.resolve(e.doc,e):t}t.addMergeToJSMap=addMergeToJSMap;t.isMergeKey=isMergeKey;t.merge=o},50303:(e,t,r)=>{var n=r(41127);var s=r(74043);var i=r(84454);var o=r(92223);var a=r(18385);class YAMLOMap extends o.YAMLSeq{constructor(){super();this.add=i.YAMLMap.prototype.add.bind(this);this.delete=i.YAMLMap.prototype.delete.bind(this);this.get=i.YAMLMap.prototype.get.bind(this);this.has=i.YAMLMap.prototype.has.bind(this);this.set=i.YAMLMap.prototype.set.bind(this);this.tag=YAMLOMap.tag}toJSON(e,t){if(!t)return super.toJSON(e);const r=new Map;if(t?.onCreate)t.onCreate(r);for(const e of this.items){let i,o;if(n.isPair(e)){i=s.toJS(e.key,"",t);o=s.toJS(e.value,i,t)}else{i=s.toJS(e,"",t)}if(r.has(i))throw new Error("Ordered maps must not include duplicate keys");r.set(i,o)}return r}static from(e,t,r){const n=a.createPairs(e,t,r);const s=new this;s.items=n.items;return s}}YAMLOMap.tag="tag:yaml.org,2002:omap";const c={collection:"seq",identify:e=>e instanceof Map,nodeClass:YAMLOMap,default:false,tag:"tag:yaml.org,2002:omap",resolve(e,t){const r=a.resolvePairs(e,t);const s=[];for(const{key:e}of r.items){if(n.isScalar(e)){if(s.includes(e.value)){t(`Ordered maps must not include duplicate keys: ${e.value}`)}else{s.push(e.value)}}}return Object.assign(new YAMLOMap,r)},createNode:(e,t,r)=>YAMLOMap.from(e,t,r)};t.YAMLOMap=YAMLOMap;t.omap=c},18385:(e,t,r)=>{var n=r(41127);var s=r(57165);var i=r(63301);var o=r(92223);function resolvePairs(e,t){if(n.isSeq(e)){for(let r=0;r<e.items.length;++r){let o=e.items[r];if(n.isPair(o))continue;else if(n.isMap(o)){if(o.items.length>1)t("Each pair must have its own sequence indicator");const e=o.items[0]||new s.Pair(new i.Scalar(null));if(o.commentBefore)e.key.commentBefore=e.key.commentBefore?`${o.commentBefore}\n${e.key.commentBefore}`:o.commentBefore;if(o.comment){const t=e.value??e.key;t.comment=t.comment?`${o.comment}\n${t.comment}`:o.comment}o=e}e.items[r]=n.isPair(o)?o:new s.Pair(o)}}else t("Expected a sequence for this tag");return e}function createPairs(e,t,r){const{replacer:n}=r;const i=new o.YAMLSeq(e);i.tag="tag:yaml.org,2002:pairs";let a=0;if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof n==="function")e=n.call(t,String(a++),e);let o,c;if(Array.isArray(e)){if(e.length===2){o=e[0];c=e[1]}else throw new TypeError(`Expected [key, value] tuple: ${e}`)}else if(e&&e instanceof Object){const t=Object.keys(e);if(t.length===1){o=t[0];c=e[o]}else{throw new TypeError(`Expected tuple with one key, not ${t.length} keys`)}}else{o=e}i.items.push(s.createPair(o,c,r))}return i}const a={collection:"seq",default:false,tag:"tag:yaml.org,2002:pairs",resolve:resolvePairs,createNode:createPairs};t.createPairs=createPairs;t.pairs=a;t.resolvePairs=resolvePairs},35913:(e,t,r)=>{var n=r(47451);var s=r(73632);var i=r(1706);var o=r(66464);var a=r(56083);var c=r(88398);var l=r(35782);var u=r(10873);var f=r(90452);var p=r(50303);var d=r(18385);var h=r(81528);var m=r(46752);const g=[n.map,i.seq,o.string,s.nullTag,c.trueTag,c.falseTag,u.intBin,u.intOct,u.int,u.intHex,l.floatNaN,l.floatExp,l.float,a.binary,f.merge,p.omap,d.pairs,h.set,m.intTime,m.floatTime,m.timestamp];t.schema=g},81528:(e,t,r)=>{var n=r(41127);var s=r(57165);var i=r(84454);class YAMLSet extends i.YAMLMap{constructor(e){super(e);this.tag=YAMLSet.tag}add(e){let t;if(n.isPair(e))t=e;else if(e&&typeof e==="object"&&"key"in e&&"value"in e&&e.value===null)t=new s.Pair(e.key,null);else t=new s.Pair(e,null);const r=i.findPair(this.items,t.key);if(!r)this.items.push(t)}get(e,t){const r=i.findPair(this.items,e);return!t&&n.isPair(r)?n.isScalar(r.key)?r.key.value:r.key:r}set(e,t){if(typeof t!=="boolean")throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);const r=i.findPair(this.items,e);if(r&&!t){this.items.splice(this.items.indexOf(r),1)}else if(!r&&t){this.items.push(new s.Pair(e))}}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,r){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(true))return super.toString(Object.assign({},e,{allNullValues:true}),t,r);else throw new Error("Set items must all have null values")}static from(e,t,r){const{replacer:n}=r;const i=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t){if(typeof n==="function")e=n.call(t,e,e);i.items.push(s.createPair(e,null,r))}return i}}YAMLSet.tag="tag:yaml.org,2002:set";const o={collection:"map",identify:e=>e instanceof Set,nodeClass:YAMLSet,default:false,tag:"tag:yaml.org,2002:set",createNode:(e,t,r)=>YAMLSet.from(e,t,r),resolve(e,t){if(n.isMap(e)){if(e.hasAllNullValues(true))return Object.assign(new YAMLSet,e);else t("Set items must all have null values")}else t("Expected a mapping for this tag");return e}};t.YAMLSet=YAMLSet;t.set=o},46752:(e,t,r)=>{var n=r(28689);function parseSexagesimal(e,t){const r=e[0];const n=r==="-"||r==="+"?e.substring(1):e;const num=e=>t?BigInt(e):Number(e);const s=n.replace(/_/g,"").split(":").reduce((e,t)=>e*num(60)+num(t),num(0));return r==="-"?num(-1)*s:s}function stringifySexagesimal(e){let{value:t}=e;let num=e=>e;if(typeof t==="bigint")num=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return n.stringifyNumber(e);let r="";if(t<0){r="-";t*=num(-1)}const s=num(60);const i=[t%s];if(t<60){i.unshift(0)}else{t=(t-i[0])/s;i.unshift(t%s);if(t>=60){t=(t-i[0])/s;i.unshift(t)}}return r+i.map(e=>String(e).padStart(2,"0")).join(":").replace(/000000\d*$/,"")}const s={identify:e=>typeof e==="bigint"||Number.isInteger(e),default:true,tag:"tag:yaml.org,2002:int",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:r})=>parseSexagesimal(e,r),stringify:stringifySexagesimal};const i={identify:e=>typeof e==="number",default:true,tag:"tag:yaml.org,2002:float",format:"TIME",test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>parseSexagesimal(e,false),stringify:stringifySexagesimal};const o={identify:e=>e instanceof Date,default:true,tag:"tag:yaml.org,2002:timestamp",test:RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"+"(?:"+"(?:t|T|[ \\t]+)"+"([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)"+"(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?"+")?$"),resolve(e){const t=e.match(o.test);if(!t)throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");const[,r,n,s,i,a,c]=t.map(Number);const l=t[7]?Number((t[7]+"00").substr(1,3)):0;let u=Date.UTC(r,n-1,s,i||0,a||0,c||0,l);const f=t[8];if(f&&f!=="Z"){let e=parseSexagesimal(f,false);if(Math.abs(e)<30)e*=60;u-=6e4*e}return new Date(u)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,"")??""};t.floatTime=i;t.intTime=s;t.timestamp=o},34475:(e,t)=>{const r="flow";const n="block";const s="quoted";function foldFlowLines(e,t,r="flow",{indentAtStart:i,lineWidth:o=80,minContentWidth:a=20,onFold:c,onOverflow:l}={}){if(!o||o<0)return e;if(o<a)a=0;const u=Math.max(1+a,1+o-t.length);if(e.length<=u)return e;const f=[];const p={};let d=o-t.length;if(typeof i==="number"){if(i>o-Math.max(2,a))f.push(0);else d=o-i}let h=undefined;let m=undefined;let g=false;let v=-1;let y=-1;let b=-1;if(r===n){v=consumeMoreIndentedLines(e,v,t.length);if(v!==-1)d=v+u}for(let i;i=e[v+=1];){if(r===s&&i==="\\"){y=v;switch(e[v+1]){case"x":v+=3;break;case"u":v+=5;break;case"U":v+=9;break;default:v+=1}b=v}if(i==="\n"){if(r===n)v=consumeMoreIndentedLines(e,v,t.length);d=v+t.length+u;h=undefined}else{if(i===" "&&m&&m!==" "&&m!=="\n"&&m!=="\t"){const t=e[v+1];if(t&&t!==" "&&t!=="\n"&&t!=="\t")h=v}if(v>=d){if(h){f.push(h);d=h+u;h=undefined}else if(r===s){while(m===" "||m==="\t"){m=i;i=e[v+=1];g=true}const t=v>b+1?v-2:y-1;if(p[t])return e;f.push(t);p[t]=true;d=t+u;h=undefined}else{g=true}}}m=i}if(g&&l)l();if(f.length===0)return e;if(c)c();let O=e.slice(0,f[0]);for(let n=0;n<f.length;++n){const i=f[n];const o=f[n+1]||e.length;if(i===0)O=`\n${t}${e.slice(0,o)}`;else{if(r===s&&p[i])O+=`${e[i]}\\`;O+=`\n${t}${e.slice(i+1,o)}`}}return O}function consumeMoreIndentedLines(e,t,r){let n=t;let s=t+1;let i=e[s];while(i===" "||i==="\t"){if(t<s+r){i=e[++t]}else{do{i=e[++t]}while(i&&i!=="\n");n=t;s=t+1;i=e[s]}}return n}t.FOLD_BLOCK=n;t.FOLD_FLOW=r;t.FOLD_QUOTED=s;t.foldFlowLines=foldFlowLines},2148:(e,t,r)=>{var n=r(71596);var s=r(41127);var i=r(59799);var o=r(83069);function createStringifyContext(e,t){const r=Object.assign({blockQuote:true,commentString:i.stringifyComment,defaultKeyType:null,defaultStringType:"PLAIN",directives:null,doubleQuotedAsJSON:false,doubleQuotedMinMultiLineLength:40,falseStr:"false",flowCollectionPadding:true,indentSeq:true,lineWidth:80,minContentWidth:20,nullStr:"null",simpleKeys:false,singleQuote:null,trailingComma:false,trueStr:"true",verifyAliasOrder:true},e.schema.toStringOptions,t);let n;switch(r.collectionStyle){case"block":n=false;break;case"flow":n=true;break;default:n=null}return{anchors:new Set,doc:e,flowCollectionPadding:r.flowCollectionPadding?" ":"",indent:"",indentStep:typeof r.indent==="number"?" ".repeat(r.indent):"  ",inFlow:n,options:r}}function getTagObject(e,t){if(t.tag){const r=e.filter(e=>e.tag===t.tag);if(r.length>0)return r.find(e=>e.format===t.format)??r[0]}let r=undefined;let n;if(s.isScalar(t)){n=t.value;let s=e.filter(e=>e.identify?.(n));if(s.length>1){const e=s.filter(e=>e.test);if(e.length>0)s=e}r=s.find(e=>e.format===t.format)??s.find(e=>!e.format)}else{n=t;r=e.find(e=>e.nodeClass&&n instanceof e.nodeClass)}if(!r){const e=n?.constructor?.name??(n===null?"null":typeof n);throw new Error(`Tag not resolved for ${e} value`)}return r}function stringifyProps(e,t,{anchors:r,doc:i}){if(!i.directives)return"";const o=[];const a=(s.isScalar(e)||s.isCollection(e))&&e.anchor;if(a&&n.anchorIsValid(a)){r.add(a);o.push(`&${a}`)}const c=e.tag??(t.default?null:t.tag);if(c)o.push(i.directives.tagString(c));return o.join(" ")}function stringify(e,t,r,n){if(s.isPair(e))return e.toString(t,r,n);if(s.isAlias(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e)){throw new TypeError(`Cannot stringify circular structure without alias nodes`)}else{if(t.resolvedAliases)t.resolvedAliases.add(e);else t.resolvedAliases=new Set([e]);e=e.resolve(t.doc)}}let i=undefined;const a=s.isNode(e)?e:t.doc.createNode(e,{onTagObj:e=>i=e});i??(i=getTagObject(t.doc.schema.tags,a));const c=stringifyProps(a,i,t);if(c.length>0)t.indentAtStart=(t.indentAtStart??0)+c.length+1;const l=typeof i.stringify==="function"?i.stringify(a,t,r,n):s.isScalar(a)?o.stringifyString(a,t,r,n):a.toString(t,r,n);if(!c)return l;return s.isScalar(a)||l[0]==="{"||l[0]==="["?`${c} ${l}`:`${c}\n${t.indent}${l}`}t.createStringifyContext=createStringifyContext;t.stringify=stringify},61212:(e,t,r)=>{var n=r(41127);var s=r(2148);var i=r(59799);function stringifyCollection(e,t,r){const n=t.inFlow??e.flow;const s=n?stringifyFlowCollection:stringifyBlockCollection;return s(e,t,r)}function stringifyBlockCollection({comment:e,items:t},r,{blockItemPrefix:o,flowChars:a,itemIndent:c,onChompKeep:l,onComment:u}){const{indent:f,options:{commentString:p}}=r;const d=Object.assign({},r,{indent:c,type:null});let h=false;const m=[];for(let e=0;e<t.length;++e){const a=t[e];let l=null;if(n.isNode(a)){if(!h&&a.spaceBefore)m.push("");addCommentBefore(r,m,a.commentBefore,h);if(a.comment)l=a.comment}else if(n.isPair(a)){const e=n.isNode(a.key)?a.key:null;if(e){if(!h&&e.spaceBefore)m.push("");addCommentBefore(r,m,e.commentBefore,h)}}h=false;let u=s.stringify(a,d,()=>l=null,()=>h=true);if(l)u+=i.lineComment(u,c,p(l));if(h&&l)h=false;m.push(o+u)}let g;if(m.length===0){g=a.start+a.end}else{g=m[0];for(let e=1;e<m.length;++e){const t=m[e];g+=t?`\n${f}${t}`:"\n"}}if(e){g+="\n"+i.indentComment(p(e),f);if(u)u()}else if(h&&l)l();return g}function stringifyFlowCollection({items:e},t,{flowChars:r,itemIndent:o}){const{indent:a,indentStep:c,flowCollectionPadding:l,options:{commentString:u}}=t;o+=c;const f=Object.assign({},t,{indent:o,inFlow:true,type:null});let p=false;let d=0;const h=[];for(let r=0;r<e.length;++r){const a=e[r];let c=null;if(n.isNode(a)){if(a.spaceBefore)h.push("");addCommentBefore(t,h,a.commentBefore,false);if(a.comment)c=a.comment}else if(n.isPair(a)){const e=n.isNode(a.key)?a.key:null;if(e){if(e.spaceBefore)h.push("");addCommentBefore(t,h,e.commentBefore,false);if(e.comment)p=true}const r=n.isNode(a.value)?a.value:null;if(r){if(r.comment)c=r.comment;if(r.commentBefore)p=true}else if(a.value==null&&e?.comment){c=e.comment}}if(c)p=true;let l=s.stringify(a,f,()=>c=null);p||(p=h.length>d||l.includes("\n"));if(r<e.length-1){l+=","}else if(t.options.trailingComma){if(t.options.lineWidth>0){p||(p=h.reduce((e,t)=>e+t.length+2,2)+(l.length+2)>t.options.lineWidth)}if(p){l+=","}}if(c)l+=i.lineComment(l,o,u(c));h.push(l);d=h.length}const{start:m,end:g}=r;if(h.length===0){return m+g}else{if(!p){const e=h.reduce((e,t)=>e+t.length+2,2);p=t.options.lineWidth>0&&e>t.options.lineWidth}if(p){let e=m;for(const t of h)e+=t?`\n${c}${a}${t}`:"\n";return`${e}\n${a}${g}`}else{return`${m}${l}${h.join(" ")}${l}${g}`}}}function addCommentBefore({indent:e,options:{commentString:t}},r,n,s){if(n&&s)n=n.replace(/^\n+/,"");if(n){const s=i.indentComment(t(n),e);r.push(s.trimStart())}}t.stringifyCollection=stringifyCollection},59799:(e,t)=>{const stringifyComment=e=>e.replace(/^(?!$)(?: $)?/gm,"#");function indentComment(e,t){if(/^\n+$/.test(e))return e.substring(1);return t?e.replace(/^(?! *$)/gm,t):e}const lineComment=(e,t,r)=>e.endsWith("\n")?indentComment(r,t):r.includes("\n")?"\n"+indentComment(r,t):(e.endsWith(" ")?"":" ")+r;t.indentComment=indentComment;t.lineComment=lineComment;t.stringifyComment=stringifyComment},6829:(e,t,r)=>{var n=r(41127);var s=r(2148);var i=r(59799);function stringifyDocument(e,t){const r=[];let o=t.directives===true;if(t.directives!==false&&e.directives){const t=e.directives.toString(e);if(t){r.push(t);o=true}else if(e.directives.docStart)o=true}if(o)r.push("---");const a=s.createStringifyContext(e,t);const{commentString:c}=a.options;if(e.commentBefore){if(r.length!==1)r.unshift("");const t=c(e.commentBefore);r.unshift(i.indentComment(t,""))}let l=false;let u=null;if(e.contents){if(n.isNode(e.contents)){if(e.contents.spaceBefore&&o)r.push("");if(e.contents.commentBefore){const t=c(e.contents.commentBefore);r.push(i.indentComment(t,""))}a.forceBlockIndent=!!e.comment;u=e.contents.comment}const t=u?undefined:()=>l=true;let f=s.stringify(e.contents,a,()=>u=null,t);if(u)f+=i.lineComment(f,"",c(u));if((f[0]==="|"||f[0]===">")&&r[r.length-1]==="---"){r[r.length-1]=`--- ${f}`}else r.push(f)}else{r.push(s.stringify(e.contents,a))}if(e.directives?.docEnd){if(e.comment){const t=c(e.comment);if(t.includes("\n")){r.push("...");r.push(i.indentComment(t,""))}else{r.push(`... ${t}`)}}else{r.push("...")}}else{let t=e.comment;if(t&&l)t=t.replace(/^\n+/,"");if(t){if((!l||u)&&r[r.length-1]!=="")r.push("");r.push(i.indentComment(c(t),""))}}return r.join("\n")+"\n"}t.stringifyDocument=stringifyDocument},28689:(e,t)=>{function stringifyNumber({format:e,minFractionDigits:t,tag:r,value:n}){if(typeof n==="bigint")return String(n);const s=typeof n==="number"?n:Number(n);if(!isFinite(s))return isNaN(s)?".nan":s<0?"-.inf":".inf";let i=Object.is(n,-0)?"-0":JSON.stringify(n);if(!e&&t&&(!r||r==="tag:yaml.org,2002:float")&&/^-?\d/.test(i)&&!i.includes("e")){let e=i.indexOf(".");if(e<0){e=i.length;i+="."}let r=t-(i.length-e-1);while(r-- >0)i+="0"}return i}t.stringifyNumber=stringifyNumber},59748:(e,t,r)=>{var n=r(41127);var s=r(63301);var i=r(2148);var o=r(59799);function stringifyPair({key:e,value:t},r,a,c){const{allNullValues:l,doc:u,indent:f,indentStep:p,options:{commentString:d,indentSeq:h,simpleKeys:m}}=r;let g=n.isNode(e)&&e.comment||null;if(m){if(g){throw new Error("With simple keys, key nodes cannot have comments")}if(n.isCollection(e)||!n.isNode(e)&&typeof e==="object"){const e="With simple keys, collection cannot be used as a key value";throw new Error(e)}}let v=!m&&(!e||g&&t==null&&!r.inFlow||n.isCollection(e)||(n.isScalar(e)?e.type===s.Scalar.BLOCK_FOLDED||e.type===s.Scalar.BLOCK_LITERAL:typeof e==="object"));r=Object.assign({},r,{allNullValues:false,implicitKey:!v&&(m||!l),indent:f+p});let y=false;let b=false;let O=i.stringify(e,r,()=>y=true,()=>b=true);if(!v&&!r.inFlow&&O.length>1024){if(m)throw new Error("With simple keys, single line scalar must not span more than 1024 characters");v=true}if(r.inFlow){if(l||t==null){if(y&&a)a();return O===""?"?":v?`? ${O}`:O}}else if(l&&!m||t==null&&v){O=`? ${O}`;if(g&&!y){O+=o.lineComment(O,r.indent,d(g))}else if(b&&c)c();return O}if(y)g=null;if(v){if(g)O+=o.lineComment(O,r.indent,d(g));O=`? ${O}\n${f}:`}else{O=`${O}:`;if(g)O+=o.lineComment(O,r.indent,d(g))}let w,x,k;if(n.isNode(t)){w=!!t.spaceBefore;x=t.commentBefore;k=t.comment}else{w=false;x=null;k=null;if(t&&typeof t==="object")t=u.createNode(t)}r.implicitKey=false;if(!v&&!g&&n.isScalar(t))r.indentAtStart=O.length+1;b=false;if(!h&&p.length>=2&&!r.inFlow&&!v&&n.isSeq(t)&&!t.flow&&!t.tag&&!t.anchor){r.indent=r.indent.substring(2)}let S=false;const $=i.stringify(t,r,()=>S=true,()=>b=true);let P=" ";if(g||w||x){P=w?"\n":"";if(x){const e=d(x);P+=`\n${o.indentComment(e,r.indent)}`}if($===""&&!r.inFlow){if(P==="\n"&&k)P="\n\n"}else{P+=`\n${r.indent}`}}else if(!v&&n.isCollection(t)){const e=$[0];const n=$.indexOf("\n");const s=n!==-1;const i=r.inFlow??t.flow??t.items.length===0;if(s||!i){let t=false;if(s&&(e==="&"||e==="!")){let r=$.indexOf(" ");if(e==="&"&&r!==-1&&r<n&&$[r+1]==="!"){r=$.indexOf(" ",r+1)}if(r===-1||n<r)t=true}if(!t)P=`\n${r.indent}`}}else if($===""||$[0]==="\n"){P=""}O+=P+$;if(r.inFlow){if(S&&a)a()}else if(k&&!S){O+=o.lineComment(O,r.indent,d(k))}else if(b&&c){c()}return O}t.stringifyPair=stringifyPair},83069:(e,t,r)=>{var n=r(63301);var s=r(34475);const getFoldOptions=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth});const containsDocumentMarker=e=>/^(%|---|\.\.\.)/m.test(e);function lineLengthOverLimit(e,t,r){if(!t||t<0)return false;const n=t-r;const s=e.length;if(s<=n)return false;for(let t=0,r=0;t<s;++t){if(e[t]==="\n"){if(t-r>n)return true;r=t+1;if(s-r<=n)return false}}return true}function doubleQuotedString(e,t){const r=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return r;const{implicitKey:n}=t;const i=t.options.doubleQuotedMinMultiLineLength;const o=t.indent||(containsDocumentMarker(e)?"  ":"");let a="";let c=0;for(let e=0,t=r[e];t;t=r[++e]){if(t===" "&&r[e+1]==="\\"&&r[e+2]==="n"){a+=r.slice(c,e)+"\\ ";e+=1;c=e;t="\\"}if(t==="\\")switch(r[e+1]){case"u":{a+=r.slice(c,e);const t=r.substr(e+2,4);switch(t){case"0000":a+="\\0";break;case"0007":a+="\\a";break;case"000b":a+="\\v";break;case"001b":a+="\\e";break;case"0085":a+="\\N";break;case"00a0":a+="\\_";break;case"2028":a+="\\L";break;case"2029":a+="\\P";break;default:if(t.substr(0,2)==="00")a+="\\x"+t.substr(2);else a+=r.substr(e,6)}e+=5;c=e+1}break;case"n":if(n||r[e+2]==='"'||r.length<i){e+=1}else{a+=r.slice(c,e)+"\n\n";while(r[e+2]==="\\"&&r[e+3]==="n"&&r[e+4]!=='"'){a+="\n";e+=2}a+=o;if(r[e+2]===" ")a+="\\";e+=1;c=e+1}break;default:e+=1}}a=c?a+r.slice(c):r;return n?a:s.foldFlowLines(a,o,s.FOLD_QUOTED,getFoldOptions(t,false))}function singleQuotedString(e,t){if(t.options.singleQuote===false||t.implicitKey&&e.includes("\n")||/[ \t]\n|\n[ \t]/.test(e))return doubleQuotedString(e,t);const r=t.indent||(containsDocumentMarker(e)?"  ":"");const n="'"+e.replace(/'/g,"''").replace(/\n+/g,`$&\n${r}`)+"'";return t.implicitKey?n:s.foldFlowLines(n,r,s.FOLD_FLOW,getFoldOptions(t,false))}function quotedString(e,t){const{singleQuote:r}=t.options;let n;if(r===false)n=doubleQuotedString;else{const t=e.includes('"');const s=e.includes("'");if(t&&!s)n=singleQuotedString;else if(s&&!t)n=doubleQuotedString;else n=r?singleQuotedString:doubleQuotedString}return n(e,t)}let i;try{i=new RegExp("(^|(?<!\n))\n+(?!\n|$)","g")}catch{i=/\n+(?!\n|$)/g}function blockString({comment:e,type:t,value:r},o,a,c){const{blockQuote:l,commentString:u,lineWidth:f}=o.options;if(!l||/\n[\t ]+$/.test(r)){return quotedString(r,o)}const p=o.indent||(o.forceBlockIndent||containsDocumentMarker(r)?"  ":"");const d=l==="literal"?true:l==="folded"||t===n.Scalar.BLOCK_FOLDED?false:t===n.Scalar.BLOCK_LITERAL?true:!lineLengthOverLimit(r,f,p.length);if(!r)return d?"|\n":">\n";let h;let m;for(m=r.length;m>0;--m){const e=r[m-1];if(e!=="\n"&&e!=="\t"&&e!==" ")break}let g=r.substring(m);const v=g.indexOf("\n");if(v===-1){h="-"}else if(r===g||v!==g.length-1){h="+";if(c)c()}else{h=""}if(g){r=r.slice(0,-g.length);if(g[g.length-1]==="\n")g=g.slice(0,-1);g=g.replace(i,`$&${p}`)}let y=false;let b;let O=-1;for(b=0;b<r.length;++b){const e=r[b];if(e===" ")y=true;else if(e==="\n")O=b;else break}let w=r.substring(0,O<b?O+1:b);if(w){r=r.substring(w.length);w=w.replace(/\n+/g,`$&${p}`)}const x=p?"2":"1";let k=(y?x:"")+h;if(e){k+=" "+u(e.replace(/ ?[\r\n]+/g," "));if(a)a()}if(!d){const e=r.replace(/\n+/g,"\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,"$1$2").replace(/\n+/g,`$&${p}`);let i=false;const a=getFoldOptions(o,true);if(l!=="folded"&&t!==n.Scalar.BLOCK_FOLDED){a.onOverflow=()=>{i=true}}const c=s.foldFlowLines(`${w}${e}${g}`,p,s.FOLD_BLOCK,a);if(!i)return`>${k}\n${p}${c}`}r=r.replace(/\n+/g,`$&${p}`);return`|${k}\n${p}${w}${r}${g}`}function plainString(e,t,r,i){const{type:o,value:a}=e;const{actualString:c,implicitKey:l,indent:u,indentStep:f,inFlow:p}=t;if(l&&a.includes("\n")||p&&/[[\]{},]/.test(a)){return quotedString(a,t)}if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(a)){return l||p||!a.includes("\n")?quotedString(a,t):blockString(e,t,r,i)}if(!l&&!p&&o!==n.Scalar.PLAIN&&a.includes("\n")){return blockString(e,t,r,i)}if(containsDocumentMarker(a)){if(u===""){t.forceBlockIndent=true;return blockString(e,t,r,i)}else if(l&&u===f){return quotedString(a,t)}}const d=a.replace(/\n+/g,`$&\n${u}`);if(c){const test=e=>e.default&&e.tag!=="tag:yaml.org,2002:str"&&e.test?.test(d);const{compat:e,tags:r}=t.doc.schema;if(r.some(test)||e?.some(test))return quotedString(a,t)}return l?d:s.foldFlowLines(d,u,s.FOLD_FLOW,getFoldOptions(t,false))}function stringifyString(e,t,r,s){const{implicitKey:i,inFlow:o}=t;const a=typeof e.value==="string"?e:Object.assign({},e,{value:String(e.value)});let{type:c}=e;if(c!==n.Scalar.QUOTE_DOUBLE){if(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(a.value))c=n.Scalar.QUOTE_DOUBLE}const _stringify=e=>{switch(e){case n.Scalar.BLOCK_FOLDED:case n.Scalar.BLOCK_LITERAL:return i||o?quotedString(a.value,t):blockString(a,t,r,s);case n.Scalar.QUOTE_DOUBLE:return doubleQuotedString(a.value,t);case n.Scalar.QUOTE_SINGLE:return singleQuotedString(a.value,t);case n.Scalar.PLAIN:return plainString(a,t,r,s);default:return null}};let l=_stringify(c);if(l===null){const{defaultKeyType:e,defaultStringType:r}=t.options;const n=i&&e||r;l=_stringify(n);if(l===null)throw new Error(`Unsupported default string type ${n}`)}return l}t.stringifyString=stringifyString},10204:(e,t,r)=>{var n=r(41127);const s=Symbol("break visit");const i=Symbol("skip children");const o=Symbol("remove node");function visit(e,t){const r=initVisitor(t);if(n.isDocument(e)){const t=visit_(null,e.contents,r,Object.freeze([e]));if(t===o)e.contents=null}else visit_(null,e,r,Object.freeze([]))}visit.BREAK=s;visit.SKIP=i;visit.REMOVE=o;function visit_(e,t,r,i){const a=callVisitor(e,t,r,i);if(n.isNode(a)||n.isPair(a)){replaceNode(e,i,a);return visit_(e,a,r,i)}if(typeof a!=="symbol"){if(n.isCollection(t)){i=Object.freeze(i.concat(t));for(let e=0;e<t.items.length;++e){const n=visit_(e,t.items[e],r,i);if(typeof n==="number")e=n-1;else if(n===s)return s;else if(n===o){t.items.splice(e,1);e-=1}}}else if(n.isPair(t)){i=Object.freeze(i.concat(t));const e=visit_("key",t.key,r,i);if(e===s)return s;else if(e===o)t.key=null;const n=visit_("value",t.value,r,i);if(n===s)return s;else if(n===o)t.value=null}}return a}async function visitAsync(e,t){const r=initVisitor(t);if(n.isDocument(e)){const t=await visitAsync_(null,e.contents,r,Object.freeze([e]));if(t===o)e.contents=null}else await visitAsync_(null,e,r,Object.freeze([]))}visitAsync.BREAK=s;visitAsync.SKIP=i;visitAsync.REMOVE=o;async function visitAsync_(e,t,r,i){const a=await callVisitor(e,t,r,i);if(n.isNode(a)||n.isPair(a)){replaceNode(e,i,a);return visitAsync_(e,a,r,i)}if(typeof a!=="symbol"){if(n.isCollection(t)){i=Object.freeze(i.concat(t));for(let e=0;e<t.items.length;++e){const n=await visitAsync_(e,t.items[e],r,i);if(typeof n==="number")e=n-1;else if(n===s)return s;else if(n===o){t.items.splice(e,1);e-=1}}}else if(n.isPair(t)){i=Object.freeze(i.concat(t));const e=await visitAsync_("key",t.key,r,i);if(e===s)return s;else if(e===o)t.key=null;const n=await visitAsync_("value",t.value,r,i);if(n===s)return s;else if(n===o)t.value=null}}return a}function initVisitor(e){if(typeof e==="object"&&(e.Collection||e.Node||e.Value)){return Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e)}return e}function callVisitor(e,t,r,s){if(typeof r==="function")return r(e,t,s);if(n.isMap(t))return r.Map?.(e,t,s);if(n.isSeq(t))return r.Seq?.(e,t,s);if(n.isPair(t))return r.Pair?.(e,t,s);if(n.isScalar(t))return r.Scalar?.(e,t,s);if(n.isAlias(t))return r.Alias?.(e,t,s);return undefined}function replaceNode(e,t,r){const s=t[t.length-1];if(n.isCollection(s)){s.items[e]=r}else if(n.isPair(s)){if(e==="key")s.key=r;else s.value=r}else if(n.isDocument(s)){s.contents=r}else{const e=n.isAlias(s)?"alias":"scalar";throw new Error(`Cannot replace node with ${e} parent`)}}t.visit=visit;t.visitAsync=visitAsync},9691:(e,t,r)=>{r.d(t,{YOg:()=>array,zMY:()=>schemas_boolean,gMt:()=>discriminatedUnion,k5n:()=>schemas_enum,euz:()=>literal,aig:()=>schemas_number,Ikc:()=>object,g1P:()=>record,YjP:()=>schemas_string,KCZ:()=>union,L5J:()=>unknown});var n=r(88532);var s=r(54723);class $ZodCyclicError extends Error{constructor(){super(`Cannot parse a reference cycle that closes through a transform`);this.name="ZodCyclicError"}}const i="~memo";const o=[];function isRef(e){return e!==null&&typeof e==="object"}function cloneIssues(e){return e.map(e=>e.path?{...e,path:e.path.slice()}:{...e})}const a=new WeakMap;const c=0;const l=1;const u=2;function isRecursive(e,t,r){const n=a.get(e);if(n!==undefined)return n?u:c;if(t.has(e))return u;t.add(e);let i=c;const check=e=>{if(i!==u&&e?._zod){const n=isRecursive(e,t,r);if(n>i)i=n}};const shape=(e,n)=>{let s=c;for(const i of Reflect.ownKeys(e)){const o=Object.getOwnPropertyDescriptor(e,i);if(n&&!o.enumerable)continue;const a=o.get?l:o.value?._zod?isRecursive(o.value,t,r):c;if(a>s)s=a}return s};const merge=e=>{if(e>i)i=e};const o=e._zod.def;const f=o.type;switch(f){case"object":{const e=s.MO(o);merge(e?shape(e,true):l);check(o.catchall);break}case"array":check(o.element);break;case"tuple":for(const e of o.items)check(e);check(o.rest);break;case"record":case"map":check(o.keyType);check(o.valueType);break;case"set":check(o.valueType);break;case"union":for(const e of o.options)check(e);break;case"intersection":check(o.left);check(o.right);break;case"optional":case"nullable":case"default":case"prefault":case"catch":case"readonly":case"nonoptional":case"promise":case"success":check(o.innerType);break;case"pipe":check(o.in);check(o.out);break;case"function":check(o.input);check(o.output);break;case"lazy":{const n=o._cachedInner??(r?e._zod.innerType:undefined);merge(n?isRecursive(n,t,false):l);break}case"template_literal":case"string":case"number":case"int":case"boolean":case"bigint":case"symbol":case"undefined":case"null":case"void":case"never":case"any":case"unknown":case"date":case"nan":case"enum":case"literal":case"file":case"transform":case"custom":break;default:{f;for(const e in o){const t=Object.getOwnPropertyDescriptor(o,e);if(!t||t.get)continue;const r=t.value;if(!r||typeof r!=="object")continue;if(r._zod)check(r);else if(Array.isArray(r))for(const e of r)check(e)}}}t.delete(e);return settle(e,i)}function settle(e,t){if(t!==l)a.set(e,t===u);return t}function isRecursiveSchema(e){return isRecursive(e,new Set,true)!==c}function bucketFor(e,t){let r=e.buckets.get(t);if(!r){r=new WeakMap;e.buckets.set(t,r)}return r}let f;const p=[];const d={alloc(e,t,r){const n=f;if(!n)return r;f=undefined;const s={value:r,issues:null};n.set(t.value,s);p.push(s);return r},guard(e){var t;(t=e._zod).deferred??(t.deferred=[]);e._zod.deferred.push(()=>{const t=e._zod.parse;const wrapped=(e,r)=>{if(r.direction!=="backward"&&isBackEdge(r,e.value))throw new $ZodCyclicError;return t(e,r)};e._zod.parse=wrapped;if(e._zod.run===t)e._zod.run=wrapped})},attach(e){var t;let r;let n=false;let s;let a;(t=e._zod).deferred??(t.deferred=[]);e._zod.deferred.push(()=>{const t=e._zod.parse;const wrapped=(l,d)=>{if(r===undefined){const s=isRecursive(e,new Set,false);if(s===c){e._zod.parse=t;if(e._zod.run===wrapped)e._zod.run=t;return t(l,d)}if(s===u||n)r=true;else n=true}const h=l.value;if(!isRef(h))return t(l,d);let m=d[i];if(!m){m={buckets:new WeakMap,backEdges:undefined};d[i]=m}let g;if(s===d){g=a}else{g=bucketFor(m,e);s=d;a=g}const v=g.get(h);if(v){l.value=v.value;if(v.issues){if(v.issues.length)l.issues.push(...cloneIssues(v.issues))}else{l.memo=true;m.backEdges??(m.backEdges=new WeakSet);m.backEdges.add(v.value)}return l}f=g;const y=p.length;const b=t(l,d);f=undefined;const O=p.length>y?p.pop():undefined;if(b instanceof Promise){return b.then(e=>{if(O)O.issues=e.issues.length?cloneIssues(e.issues):o;return e})}if(O)O.issues=b.issues.length?cloneIssues(b.issues):o;return b};e._zod.parse=wrapped;if(e._zod.run===t)e._zod.run=wrapped})}};function memoizer(){return d}function isBackEdge(e,t){const r=e[i]?.backEdges;return r!==undefined&&isRef(t)&&r.has(t)}const h=/^[cC][0-9a-z]{6,}$/;const m=/^[0-9a-z]+$/;const g=/^[0-7][0-9A-HJKMNP-TV-Za-hjkmnp-tv-z]{25}$/;const v=/^[0-9a-vA-V]{20}$/;const y=/^[A-Za-z0-9]{27}$/;const b=/^[a-zA-Z0-9_-]{21}$/;function nanoidOfLength(e){return new RegExp(`^[a-zA-Z0-9_-]{${e}}$`)}const O=/^P(?:(\d+W)|(?!.*W)(?=\d|T\d)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+([.,]\d+)?S)?)?)$/;const w=/^[-+]?P(?!$)(?:(?:[-+]?\d+Y)|(?:[-+]?\d+[.,]\d+Y$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:(?:[-+]?\d+W)|(?:[-+]?\d+[.,]\d+W$))?(?:(?:[-+]?\d+D)|(?:[-+]?\d+[.,]\d+D$))?(?:T(?=[\d+-])(?:(?:[-+]?\d+H)|(?:[-+]?\d+[.,]\d+H$))?(?:(?:[-+]?\d+M)|(?:[-+]?\d+[.,]\d+M$))?(?:[-+]?\d+(?:[.,]\d+)?S)?)??$/;const x=/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})$/;const uuid=e=>{if(!e)return/^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;return new RegExp(`^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-${e}[0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12})$`)};const k=null&&uuid(4);const S=null&&uuid(6);const $=null&&uuid(7);const P=/^(?:[A-Za-z0-9_'+\-]+\.)*[A-Za-z0-9_'+\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\-]*\.)+[A-Za-z]{2,}$/;const E=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;const N=/^(([^<>()\[\]\\.,;:\s@"]+(\.[^<>()\[\]\\.,;:\s@"]+)*)|(".+"))@((\[[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}])|(([a-zA-Z\-0-9]+\.)+[a-zA-Z]{2,}))$/;const A=/^[^\s@"]{1,64}@[^\s@]{1,255}$/u;const T=null&&A;const I=/^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;const R=`^(?=[\\s\\S]*[\\p{Extended_Pictographic}\\p{Regional_Indicator}\\u20E3])[\\p{Extended_Pictographic}\\p{Emoji_Component}]+$`;function emoji(){return new RegExp(R,"u")}const z=/^(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])$/;const C=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))$/;const mac=e=>{const t=util.escapeRegex(e??":");return new RegExp(`^(?:[0-9A-F]{2}${t}){5}[0-9A-F]{2}$|^(?:[0-9a-f]{2}${t}){5}[0-9a-f]{2}$`)};const L=/^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])\/([0-9]|[1-2][0-9]|3[0-2])$/;const M=/^(([0-9a-fA-F]{1,4}:){7}[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,7}:|([0-9a-fA-F]{1,4}:){1,6}:[0-9a-fA-F]{1,4}|([0-9a-fA-F]{1,4}:){1,5}(:[0-9a-fA-F]{1,4}){1,2}|([0-9a-fA-F]{1,4}:){1,4}(:[0-9a-fA-F]{1,4}){1,3}|([0-9a-fA-F]{1,4}:){1,3}(:[0-9a-fA-F]{1,4}){1,4}|([0-9a-fA-F]{1,4}:){1,2}(:[0-9a-fA-F]{1,4}){1,5}|[0-9a-fA-F]{1,4}:((:[0-9a-fA-F]{1,4}){1,6})|:((:[0-9a-fA-F]{1,4}){1,7}|:))\/(12[0-8]|1[01][0-9]|[1-9]?[0-9])$/;const j=/^$|^(?:[0-9a-zA-Z+/]{4})*(?:(?:[0-9a-zA-Z+/]{2}==)|(?:[0-9a-zA-Z+/]{3}=))?$/;const D=/^(?:[A-Za-z0-9_-]{4})*(?:[A-Za-z0-9_-]{2,3})?$/;const F=/^(?=.{1,253}\.?$)[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[-0-9a-zA-Z]{0,61}[0-9a-zA-Z])?)*\.?$/;const X=/^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;const Q=/^https?$/;const U=/^\+[1-9]\d{6,14}$/;const B=/^\d(?:[ -]?\d){11,18}$/;const q=/^(?:AED|AFN|ALL|AMD|AOA|ARS|AUD|AWG|AZN|BAM|BBD|BDT|BHD|BIF|BMD|BND|BOB|BOV|BRL|BSD|BTN|BWP|BYN|BZD|CAD|CDF|CHE|CHF|CHW|CLF|CLP|CNY|COP|COU|CRC|CUP|CVE|CZK|DJF|DKK|DOP|DZD|EGP|ERN|ETB|EUR|FJD|FKP|GBP|GEL|GHS|GIP|GMD|GNF|GTQ|GYD|HKD|HNL|HTG|HUF|IDR|ILS|INR|IQD|IRR|ISK|JMD|JOD|JPY|KES|KGS|KHR|KMF|KPW|KRW|KWD|KYD|KZT|LAK|LBP|LKR|LRD|LSL|LYD|MAD|MDL|MGA|MKD|MMK|MNT|MOP|MRU|MUR|MVR|MWK|MXN|MXV|MYR|MZN|NAD|NGN|NIO|NOK|NPR|NZD|OMR|PAB|PEN|PGK|PHP|PKR|PLN|PYG|QAR|RON|RSD|RUB|RWF|SAR|SBD|SCR|SDG|SEK|SGD|SHP|SLE|SOS|SRD|SSP|STN|SVC|SYP|SZL|THB|TJS|TMT|TND|TOP|TRY|TTD|TWD|TZS|UAH|UGX|USD|USN|UYI|UYU|UYW|UZS|VED|VES|VND|VUV|WST|XAD|XAF|XAG|XAU|XBA|XBB|XBC|XBD|XCD|XCG|XDR|XOF|XPD|XPF|XPT|XSU|XTS|XUA|XXX|YER|ZAR|ZMW|ZWG)$/;const Z=/^[A-Z]{2}(?!00|01|99)\d{2}[A-Z0-9]{11,30}$/;const G=`(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))`;function regexes_anchor(e){return new RegExp(`^${e}$`)}const V=regexes_anchor(G);function timeSource(e){const t=`(?:[01]\\d|2[0-3]):[0-5]\\d`;const r=typeof e.precision==="number"?e.precision===-1?`${t}`:e.precision===0?`${t}:[0-5]\\d`:`${t}:[0-5]\\d\\.\\d{${e.precision}}`:e.seconds?`${t}:[0-5]\\d(?:\\.\\d+)?`:`${t}(?::[0-5]\\d(?:\\.\\d+)?)?`;return r}function time(e){return new RegExp(`^${timeSource(e)}$`)}function datetime(e){const t=["Z"];if(e.offset)t.push(`([+-](?:[01]\\d|2[0-3]):[0-5]\\d)`);const r=`${timeSource({precision:e.precision,seconds:true})}(?:${t.join("|")})`;const n=e.local?`${r}|${timeSource({precision:e.precision})}`:r;return new RegExp(`^${G}T(?:${n})$`)}const Y=/^[\s\S]{0,}$/;const string=e=>{const t=e?`[\\s\\S]{${e?.minimum??0},${e?.maximum??""}}`:`[\\s\\S]*`;return new RegExp(`^${t}$`)};const W=/^-?\d+n?$/;const K=/^-?\d+$/;const J=/^-?\d+(?:\.\d+)?$/;const H=/^(?:true|false)$/i;const ee=/^null$/i;const te=/^undefined$/i;const re=/^[^A-Z]*$/;const ne=/^[^a-z]*$/;const se=/^[0-9a-fA-F]*$/;function fixedBase64(e,t){return new RegExp(`^[A-Za-z0-9+/]{${e}}${t}$`)}function fixedBase64url(e){return new RegExp(`^[A-Za-z0-9_-]{${e}}$`)}const ie=/^[0-9a-fA-F]{32}$/;const oe=null&&fixedBase64(22,"==");const ae=null&&fixedBase64url(22);const ce=/^[0-9a-fA-F]{40}$/;const le=null&&fixedBase64(27,"=");const ue=null&&fixedBase64url(27);const fe=/^[0-9a-fA-F]{64}$/;const pe=null&&fixedBase64(43,"=");const de=null&&fixedBase64url(43);const he=/^[0-9a-fA-F]{96}$/;const me=null&&fixedBase64(64,"");const ge=null&&fixedBase64url(64);const ve=/^[0-9a-fA-F]{128}$/;const ye=null&&fixedBase64(86,"==");const be=null&&fixedBase64url(86);const Oe=n.xI("$ZodCheck",(e,t)=>{var r;e._zod??(e._zod={});e._zod.def=t;(r=e._zod).onattach??(r.onattach=[])});const _whenHasSize=e=>{const t=e.value;return!util.nullish(t)&&t.size!==undefined};const _whenHasLength=e=>{const t=e.value;return!s.cl(t)&&t.length!==undefined};const we={number:"number",bigint:"bigint",object:"date"};const _e=n.xI("$ZodCheckLessThan",(e,t)=>{Oe.init(e,t);const r=we[typeof t.value];e._zod.check=n=>{if(t.inclusive?n.value<=t.value:n.value<t.value){return}n.issues.push({origin:we[typeof n.value]??r,code:"too_big",maximum:typeof t.value==="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}});const xe=n.xI("$ZodCheckGreaterThan",(e,t)=>{Oe.init(e,t);const r=we[typeof t.value];e._zod.check=n=>{if(t.inclusive?n.value>=t.value:n.value>t.value){return}n.issues.push({origin:we[typeof n.value]??r,code:"too_small",minimum:typeof t.value==="object"?t.value.getTime():t.value,input:n.value,inclusive:t.inclusive,inst:e,continue:!t.abort})}});const ke=n.xI("$ZodCheckMultipleOf",(e,t)=>{Oe.init(e,t);e._zod.check=r=>{if(typeof r.value!==typeof t.value)throw new Error("Cannot mix number and bigint in multiple_of check.");const n=typeof r.value==="bigint"?t.value!==BigInt(0)&&r.value%t.value===BigInt(0):s.LG(r.value,t.value)===0;if(n)return;r.issues.push({origin:typeof r.value,code:"not_multiple_of",divisor:t.value,input:r.value,inst:e,continue:!t.abort})}});const Se=n.xI("$ZodCheckNumberFormat",(e,t)=>{Oe.init(e,t);t.format=t.format||"float64";const r=t.format?.includes("int");const n=r?"int":"number";const[i,o]=s.zH[t.format];e._zod.check=s=>{const a=s.value;if(r){if(!Number.isInteger(a)){s.issues.push({expected:n,format:t.format,code:"invalid_type",continue:false,input:a,inst:e});return}if(!Number.isSafeInteger(a)){if(a>0){s.issues.push({input:a,code:"too_big",maximum:Number.MAX_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:true,continue:!t.abort})}else{s.issues.push({input:a,code:"too_small",minimum:Number.MIN_SAFE_INTEGER,note:"Integers must be within the safe integer range.",inst:e,origin:n,inclusive:true,continue:!t.abort})}return}}if(a<i){s.issues.push({origin:"number",input:a,code:"too_small",minimum:i,inclusive:true,inst:e,continue:!t.abort})}if(a>o){s.issues.push({origin:"number",input:a,code:"too_big",maximum:o,inclusive:true,inst:e,continue:!t.abort})}}});const $e=null&&core.$constructor("$ZodCheckBigIntFormat",(e,t)=>{Oe.init(e,t);const[r,n]=util.BIGINT_FORMAT_RANGES[t.format];e._zod.check=s=>{const i=s.value;if(i<r){s.issues.push({origin:"bigint",input:i,code:"too_small",minimum:r,inclusive:true,inst:e,continue:!t.abort})}if(i>n){s.issues.push({origin:"bigint",input:i,code:"too_big",maximum:n,inclusive:true,inst:e,continue:!t.abort})}}});const Pe=null&&core.$constructor("$ZodCheckMaxSize",(e,t)=>{var r;Oe.init(e,t);(r=e._zod.def).when??(r.when=_whenHasSize);e._zod.check=r=>{const n=r.value;const s=n.size;if(s<=t.maximum)return;r.issues.push({origin:util.getSizableOrigin(n),code:"too_big",maximum:t.maximum,inclusive:true,input:n,inst:e,continue:!t.abort})}});const Ee=null&&core.$constructor("$ZodCheckMinSize",(e,t)=>{var r;Oe.init(e,t);(r=e._zod.def).when??(r.when=_whenHasSize);e._zod.check=r=>{const n=r.value;const s=n.size;if(s>=t.minimum)return;r.issues.push({origin:util.getSizableOrigin(n),code:"too_small",minimum:t.minimum,inclusive:true,input:n,inst:e,continue:!t.abort})}});const Ne=null&&core.$constructor("$ZodCheckSizeEquals",(e,t)=>{var r;Oe.init(e,t);(r=e._zod.def).when??(r.when=_whenHasSize);e._zod.check=r=>{const n=r.value;const s=n.size;if(s===t.size)return;const i=s>t.size;r.issues.push({origin:util.getSizableOrigin(n),...i?{code:"too_big",maximum:t.size}:{code:"too_small",minimum:t.size},inclusive:true,exact:true,input:r.value,inst:e,continue:!t.abort})}});const Ae=n.xI("$ZodCheckMaxLength",(e,t)=>{var r;Oe.init(e,t);(r=e._zod.def).when??(r.when=_whenHasLength);e._zod.check=r=>{const n=r.value;const i=n.length;const o=typeof n==="string"&&i>t.maximum?s.O7(n):i;if(o<=t.maximum)return;const a=s.Rc(n);r.issues.push({origin:a,code:"too_big",maximum:t.maximum,inclusive:true,input:n,inst:e,continue:!t.abort})}});const Te=n.xI("$ZodCheckMinLength",(e,t)=>{var r;Oe.init(e,t);(r=e._zod.def).when??(r.when=_whenHasLength);e._zod.check=r=>{const n=r.value;const i=n.length;const o=typeof n==="string"&&i>=t.minimum&&i<t.minimum*2?s.O7(n):i;if(o>=t.minimum)return;const a=s.Rc(n);r.issues.push({origin:a,code:"too_small",minimum:t.minimum,inclusive:true,input:n,inst:e,continue:!t.abort})}});const Ie=n.xI("$ZodCheckLengthEquals",(e,t)=>{var r;Oe.init(e,t);(r=e._zod.def).when??(r.when=_whenHasLength);e._zod.check=r=>{const n=r.value;const i=n.length;const o=typeof n==="string"&&i>=t.length&&i<=t.length*2?s.O7(n):i;if(o===t.length)return;const a=s.Rc(n);const c=o>t.length;r.issues.push({origin:a,...c?{code:"too_big",maximum:t.length}:{code:"too_small",minimum:t.length},inclusive:true,exact:true,input:r.value,inst:e,continue:!t.abort})}});const Re=n.xI("$ZodCheckStringFormat",(e,t)=>{var r,n;Oe.init(e,t);if(t.pattern)(r=e._zod).check??(r.check=r=>{t.pattern.lastIndex=0;if(t.pattern.test(r.value))return;r.issues.push({origin:"string",code:"invalid_format",format:t.format,input:r.value,...t.pattern?{pattern:t.pattern.toString()}:{},inst:e,continue:!t.abort})});else(n=e._zod).check??(n.check=()=>{})});const ze=n.xI("$ZodCheckRegex",(e,t)=>{Re.init(e,t);e._zod.check=r=>{t.pattern.lastIndex=0;if(t.pattern.test(r.value))return;r.issues.push({origin:"string",code:"invalid_format",format:"regex",input:r.value,pattern:t.pattern.toString(),inst:e,continue:!t.abort})}});const Ce=n.xI("$ZodCheckLowerCase",(e,t)=>{t.pattern??(t.pattern=re);Re.init(e,t)});const Le=n.xI("$ZodCheckUpperCase",(e,t)=>{t.pattern??(t.pattern=ne);Re.init(e,t)});const Me=n.xI("$ZodCheckIncludes",(e,t)=>{Oe.init(e,t);const r=s.sD(t.includes);const n=new RegExp(typeof t.position==="number"?`^.{${t.position},}${r}`:r);t.pattern=n;e._zod.check=r=>{if(r.value.includes(t.includes,t.position))return;r.issues.push({origin:"string",code:"invalid_format",format:"includes",includes:t.includes,input:r.value,inst:e,continue:!t.abort})}});const je=n.xI("$ZodCheckStartsWith",(e,t)=>{Oe.init(e,t);const r=new RegExp(`^${s.sD(t.prefix)}.*`);t.pattern??(t.pattern=r);e._zod.check=r=>{if(r.value.startsWith(t.prefix))return;r.issues.push({origin:"string",code:"invalid_format",format:"starts_with",prefix:t.prefix,input:r.value,inst:e,continue:!t.abort})}});const De=n.xI("$ZodCheckEndsWith",(e,t)=>{Oe.init(e,t);const r=new RegExp(`.*${s.sD(t.suffix)}$`);t.pattern??(t.pattern=r);e._zod.check=r=>{if(r.value.endsWith(t.suffix))return;r.issues.push({origin:"string",code:"invalid_format",format:"ends_with",suffix:t.suffix,input:r.value,inst:e,continue:!t.abort})}});function handleCheckPropertyResult(e,t,r){if(e.issues.length){t.issues.push(...s.lQ(r,e.issues))}}const Fe=null&&core.$constructor("$ZodCheckProperty",(e,t)=>{Oe.init(e,t);e._zod.check=e=>{const r=t.schema._zod.run({value:e.value[t.property],issues:[]},{});if(r instanceof Promise){return r.then(r=>handleCheckPropertyResult(r,e,t.property))}handleCheckPropertyResult(r,e,t.property);return}});const Xe=n.xI("$ZodCheckProperties",(e,t)=>{Oe.init(e,t);s.jD(e,Symbol.iterator,function*(){yield e});let r;e._zod.check=n=>{if(n.value==null){n.issues.push({expected:"object",code:"invalid_type",input:n.value,inst:e});return undefined}r??(r=Reflect.ownKeys(t.shape).map(e=>[e,t.shape[e]]));const s=n.value;let i;for(const[e,t]of r){const r=t._zod.run({value:s[e],issues:[]},{});if(r instanceof Promise){i??(i=[]);i.push(r.then(t=>handleCheckPropertyResult(t,n,e)))}else{handleCheckPropertyResult(r,n,e)}}if(i)return Promise.all(i).then(()=>undefined);return undefined}});const Qe=null&&core.$constructor("$ZodCheckMimeType",(e,t)=>{Oe.init(e,t);const r=new Set(t.mime);e._zod.check=n=>{if(r.has(n.value.type))return;n.issues.push({code:"invalid_value",values:t.mime,input:n.value.type,inst:e,continue:!t.abort})}});const Ue=n.xI("$ZodCheckOverwrite",(e,t)=>{Oe.init(e,t);e._zod.check=e=>{e.value=t.tx(e.value)}});class Doc{constructor(e=[],t={}){this.content=[];this.indent=0;this.args=e;this.closed=t}indented(e){this.indent+=1;try{e(this)}finally{this.indent-=1}}write(e){if(typeof e==="function"){e(this,{execution:"sync"});e(this,{execution:"async"});return}const t=e;const r=t.split("\n").filter(e=>e);const n=Math.min(...r.map(e=>e.length-e.trimStart().length));const s=r.map(e=>e.slice(n)).map(e=>" ".repeat(this.indent*2)+e);for(const e of s){this.content.push(e)}}compile(){const e=Function;const t=this?.content??[``];const r=new e(...Object.keys(this.closed),`return function (${this.args.join(", ")}) {\n${t.join("\n")}\n};`);return r(...Object.values(this.closed))}}const Be={major:4,minor:6,patch:7};const qe=n.xI("$ZodType",(e,t)=>{var r;e??(e={});e._zod.def=t;e._zod.bag=e._zod.bag||{};e._zod.version=Be;const i=e._zod.def.checks;const o=e._zod.traits.has("$ZodCheck")?[e,...i??[]]:i?.length?[...i]:[];for(const t of o){for(const r of t._zod.onattach){r(e)}}if(o.length===0){(r=e._zod).deferred??(r.deferred=[]);e._zod.deferred?.push(()=>{e._zod.run=e._zod.parse})}else{const runChecks=(t,r,i)=>{if(t.memo)return t;let o=s.QH(t);let a;for(const c of r){if(c._zod.def.when){if(s.rL(t))continue;const e=c._zod.def.when(t);if(!e)continue}else if(o){continue}const r=t.issues.length;const l=c._zod.check(t);if(l instanceof Promise&&i?.async===false){throw new n.GT}if(a||l instanceof Promise){a=(a??Promise.resolve()).then(async()=>{await l;const n=t.issues.length;if(n===r)return;s.d3(t.issues,r,e);if(!o)o=s.QH(t,r)})}else{const n=t.issues.length;if(n===r)continue;s.d3(t.issues,r,e);if(!o)o=s.QH(t,r)}}if(a){return a.then(()=>t)}return t};const handleCanaryResult=(t,r,i)=>{if(s.QH(t)){t.aborted=true;return t}const a=runChecks(r,o,i);if(a instanceof Promise){if(i.async===false)throw new n.GT;return a.then(t=>e._zod.parse(t,i))}return e._zod.parse(a,i)};e._zod.run=(t,r)=>{if(r.skipChecks){return e._zod.parse(t,r)}if(r.direction==="backward"){const n=e._zod.parse({value:t.value,issues:[]},{...r,skipChecks:true});if(n instanceof Promise){return n.then(e=>handleCanaryResult(e,t,r))}return handleCanaryResult(n,t,r)}const s=e._zod.parse(t,r);if(s instanceof Promise){if(r.async===false)throw new n.GT;return s.then(e=>runChecks(e,o,r))}return runChecks(s,o,r)}}},{get"~standard"(){return s.jD(this,"~standard",standardProps(this))},set"~standard"(e){s.qh(this,"~standard",e)}});const toStandardResult=(e,t)=>e.issues.length?{issues:e.issues.map(e=>s.iR(e,t,n.$W()))}:{value:e.value};async function validateAsync(e,t){const r={async:true};return toStandardResult(await e._zod.run({value:t,issues:[]},r),r)}function standardProps(e){return{validate:t=>{const r={async:false};try{const n=e._zod.run({value:t,issues:[]},r);if(!(n instanceof Promise))return toStandardResult(n,r)}catch(e){}return validateAsync(e,t)},vendor:"zod",version:1}}const Ze=n.xI("$ZodString",(e,t)=>{qe.init(e,t);e._zod.pattern=t.pattern??Y;e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=String(r.value)}catch(n){}if(typeof r.value==="string")return r;r.issues.push({expected:"string",code:"invalid_type",input:r.value,inst:e});return r}});const Ge=n.xI("$ZodStringFormat",(e,t)=>{Re.init(e,t);Ze.init(e,t)});const Ve=n.xI("$ZodGUID",(e,t)=>{t.pattern??(t.pattern=x);Ge.init(e,t)});const Ye=n.xI("$ZodUUID",(e,t)=>{if(t.version){const e={v1:1,v2:2,v3:3,v4:4,v5:5,v6:6,v7:7,v8:8};const r=e[t.version];if(r===undefined)throw new Error(`Invalid UUID version: "${t.version}"`);t.pattern??(t.pattern=uuid(r))}else t.pattern??(t.pattern=uuid());Ge.init(e,t)});const We=n.xI("$ZodEmail",(e,t)=>{t.pattern??(t.pattern=P);Ge.init(e,t)});const Ke=1;const Je=2;function canParseURL(e){try{if(typeof URL!=="undefined"&&typeof URL.canParse==="function")return URL.canParse(e);new URL(e);return true}catch{return false}}function validateURL(e,t){if(!("normalize"in t)&&!("hostname"in t)&&!("protocol"in t)){return canParseURL(e)||Je}return parseURLObject(e,t)}function parseURLObject(e,t){if(!t.normalize&&t.protocol?.source===Q.source&&!/^https?:\/\//i.test(e)){return Ke}try{if(typeof URL!=="undefined"){const t=URL;if(typeof t.parse==="function")return t.parse(e)??Je}return new URL(e)}catch{return Je}}const He=/[\t\n\r]/g;function stripTabAndNewline(e){return e.replace(He,"")}function urlHostnameOk(e,t){t.lastIndex=0;return t.test(e.hostname)}function urlProtocolOk(e,t){t.lastIndex=0;return t.test(e.protocol.endsWith(":")?e.protocol.slice(0,-1):e.protocol)}const et=n.xI("$ZodURL",(e,t)=>{Ge.init(e,t);e._zod.check=r=>{try{const n=r.value.trim();const s=validateURL(n,t);if(s===Ke){r.issues.push({code:"invalid_format",format:"url",note:"Invalid URL format",input:r.value,inst:e,continue:!t.abort});return}if(s===Je){r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort});return}if(s===true){r.value=stripTabAndNewline(n);return}if(t.hostname&&!urlHostnameOk(s,t.hostname)){r.issues.push({code:"invalid_format",format:"url",note:"Invalid hostname",pattern:t.hostname.source,input:r.value,inst:e,continue:!t.abort})}if(t.protocol&&!urlProtocolOk(s,t.protocol)){r.issues.push({code:"invalid_format",format:"url",note:"Invalid protocol",pattern:t.protocol.source,input:r.value,inst:e,continue:!t.abort})}r.value=t.normalize?s.href:stripTabAndNewline(n);return}catch(n){r.issues.push({code:"invalid_format",format:"url",input:r.value,inst:e,continue:!t.abort})}}});const tt=n.xI("$ZodEmoji",(e,t)=>{t.pattern??(t.pattern=emoji());Ge.init(e,t)});const rt=n.xI("$ZodNanoID",(e,t)=>{if(t.length!==undefined&&(!Number.isInteger(t.length)||t.length<1))throw new Error(`Invalid nanoid length: ${t.length}`);t.pattern??(t.pattern=t.length===undefined?b:nanoidOfLength(t.length));Ge.init(e,t)});const nt=n.xI("$ZodCUID",(e,t)=>{t.pattern??(t.pattern=h);Ge.init(e,t)});const st=n.xI("$ZodCUID2",(e,t)=>{t.pattern??(t.pattern=m);Ge.init(e,t)});const it=n.xI("$ZodULID",(e,t)=>{t.pattern??(t.pattern=g);Ge.init(e,t)});const ot=n.xI("$ZodXID",(e,t)=>{t.pattern??(t.pattern=v);Ge.init(e,t)});const at=n.xI("$ZodKSUID",(e,t)=>{t.pattern??(t.pattern=y);Ge.init(e,t)});const ct=n.xI("$ZodISODateTime",(e,t)=>{t.pattern??(t.pattern=datetime(t));Ge.init(e,t)});const ut=n.xI("$ZodISODate",(e,t)=>{t.pattern??(t.pattern=V);Ge.init(e,t)});const ft=n.xI("$ZodISOTime",(e,t)=>{t.pattern??(t.pattern=time(t));Ge.init(e,t)});const pt=n.xI("$ZodISODuration",(e,t)=>{t.pattern??(t.pattern=O);Ge.init(e,t)});const dt=n.xI("$ZodIPv4",(e,t)=>{t.pattern??(t.pattern=z);Ge.init(e,t)});const ht=/^[0-9a-fA-F:.]+$/;function isValidIPv6(e){if(!ht.test(e))return false;return canParseURL(`http://[${e}]`)}const mt=n.xI("$ZodIPv6",(e,t)=>{t.pattern??(t.pattern=C);Ge.init(e,t);e._zod.check=r=>{if(!isValidIPv6(r.value)){r.issues.push({code:"invalid_format",format:"ipv6",input:r.value,inst:e,continue:!t.abort})}}});const vt=null&&core.$constructor("$ZodMAC",(e,t)=>{t.pattern??(t.pattern=regexes.mac(t.delimiter));Ge.init(e,t)});const yt=n.xI("$ZodCIDRv4",(e,t)=>{t.pattern??(t.pattern=L);Ge.init(e,t)});function isValidCIDRv6(e){const t=e.split("/");if(t.length!==2)return false;const[r,n]=t;if(!n)return false;const s=Number(n);if(`${s}`!==n)return false;if(s<0||s>128)return false;return isValidIPv6(r)}const bt=n.xI("$ZodCIDRv6",(e,t)=>{t.pattern??(t.pattern=M);Ge.init(e,t);e._zod.check=r=>{if(!isValidCIDRv6(r.value)){r.issues.push({code:"invalid_format",format:"cidrv6",input:r.value,inst:e,continue:!t.abort})}}});function isValidBase64(e){if(e==="")return true;if(/\s/.test(e))return false;if(e.length%4!==0)return false;try{atob(e);return true}catch{return false}}const Ot=/^[0-9a-zA-Z+/]*={0,2}$/;const wt=n.xI("$ZodBase64",(e,t)=>{t.pattern??(t.pattern=Ot);Ge.init(e,t);e._zod.check=r=>{if(isValidBase64(r.value))return;r.issues.push({code:"invalid_format",format:"base64",input:r.value,inst:e,continue:!t.abort})}});const _t=/^[A-Za-z0-9_-]*$/;function isValidBase64URL(e){if(!_t.test(e))return false;const t=e.replace(/[-_]/g,e=>e==="-"?"+":"/");const r=t.padEnd(Math.ceil(t.length/4)*4,"=");return isValidBase64(r)}const xt=n.xI("$ZodBase64URL",(e,t)=>{t.pattern??(t.pattern=_t);Ge.init(e,t);e._zod.check=r=>{if(isValidBase64URL(r.value))return;r.issues.push({code:"invalid_format",format:"base64url",input:r.value,inst:e,continue:!t.abort})}});const kt=n.xI("$ZodE164",(e,t)=>{t.pattern??(t.pattern=U);Ge.init(e,t)});const St=/[- ]/g;function isLuhnAlgo(e){let t=e.length;let r=1;let n=0;while(t){const s=e.charCodeAt(--t)-48;r^=1;n+=r?[0,2,4,6,8,1,3,5,7,9][s]:s}return n%10===0}function isValidCreditCard(e){if(!regexes.creditCard.test(e))return false;return isLuhnAlgo(e.replace(St,""))}const $t=null&&core.$constructor("$ZodCreditCard",(e,t)=>{t.pattern??(t.pattern=regexes.creditCard);Ge.init(e,t);e._zod.check=r=>{if(isValidCreditCard(r.value))return;r.issues.push({code:"invalid_format",format:"credit_card",input:r.value,inst:e,continue:!t.abort})}});function isIso7064Mod97(e){let t=0;const r=e.length;for(let n=4;n<r;n++){const r=e.charCodeAt(n);t=(r>=65?t*100+(r-55):t*10+(r-48))%97}for(let r=0;r<4;r++){const n=e.charCodeAt(r);t=(n>=65?t*100+(n-55):t*10+(n-48))%97}return t===1}function isValidIBAN(e){if(!regexes.iban.test(e))return false;return isIso7064Mod97(e)}const Pt=null&&core.$constructor("$ZodIBAN",(e,t)=>{t.pattern??(t.pattern=regexes.iban);Ge.init(e,t);e._zod.check=r=>{if(isValidIBAN(r.value))return;r.issues.push({code:"invalid_format",format:"iban",input:r.value,inst:e,continue:!t.abort})}});function isValidJWT(e,t=null){try{const r=e.split(".");if(r.length!==3)return false;const[n]=r;if(!n)return false;const s=JSON.parse(atob(n));if("typ"in s&&s?.typ!=="JWT")return false;if(!s.alg)return false;if(t&&(!("alg"in s)||s.alg!==t))return false;return true}catch{return false}}const Et=n.xI("$ZodJWT",(e,t)=>{Ge.init(e,t);e._zod.check=r=>{if(isValidJWT(r.value,t.alg))return;r.issues.push({code:"invalid_format",format:"jwt",input:r.value,inst:e,continue:!t.abort})}});const Nt=null&&core.$constructor("$ZodCustomStringFormat",(e,t)=>{Ge.init(e,t);e._zod.check=r=>{if(t.fn(r.value))return;r.issues.push({code:"invalid_format",format:t.format,input:r.value,inst:e,continue:!t.abort})}});const At=n.xI("$ZodNumber",(e,t)=>{qe.init(e,t);e._zod.pattern=J;e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=Number(r.value)}catch(e){}const s=r.value;if(typeof s==="number"&&!Number.isNaN(s)&&Number.isFinite(s)){return r}const i=typeof s==="number"?Number.isNaN(s)?"NaN":!Number.isFinite(s)?String(s):undefined:undefined;r.issues.push({expected:"number",code:"invalid_type",input:s,inst:e,...i?{received:i}:{}});return r}});const Tt=n.xI("$ZodNumberFormat",(e,t)=>{Se.init(e,t);At.init(e,t)});const It=n.xI("$ZodBoolean",(e,t)=>{qe.init(e,t);e._zod.pattern=H;e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=Boolean(r.value)}catch(e){}const s=r.value;if(typeof s==="boolean")return r;r.issues.push({expected:"boolean",code:"invalid_type",input:s,inst:e});return r}});const Rt=n.xI("$ZodBigInt",(e,t)=>{qe.init(e,t);e._zod.pattern=W;e._zod.parse=(r,n)=>{if(t.coerce)try{r.value=BigInt(r.value)}catch(e){}if(typeof r.value==="bigint")return r;r.issues.push({expected:"bigint",code:"invalid_type",input:r.value,inst:e});return r}});const zt=null&&core.$constructor("$ZodBigIntFormat",(e,t)=>{checks.$ZodCheckBigIntFormat.init(e,t);Rt.init(e,t)});const Ct=null&&core.$constructor("$ZodSymbol",(e,t)=>{qe.init(e,t);e._zod.parse=(t,r)=>{const n=t.value;if(typeof n==="symbol")return t;t.issues.push({expected:"symbol",code:"invalid_type",input:n,inst:e});return t}});const Lt=null&&core.$constructor("$ZodUndefined",(e,t)=>{qe.init(e,t);e._zod.pattern=regexes.undefined;e._zod.values=new Set([undefined]);e._zod.parse=(t,r)=>{const n=t.value;if(typeof n==="undefined")return t;t.issues.push({expected:"undefined",code:"invalid_type",input:n,inst:e});return t}});const Mt=null&&core.$constructor("$ZodNull",(e,t)=>{qe.init(e,t);e._zod.pattern=regexes.null;e._zod.values=new Set([null]);e._zod.parse=(t,r)=>{const n=t.value;if(n===null)return t;t.issues.push({expected:"null",code:"invalid_type",input:n,inst:e});return t}});const jt=null&&core.$constructor("$ZodAny",(e,t)=>{qe.init(e,t);e._zod.parse=e=>e});const Dt=n.xI("$ZodUnknown",(e,t)=>{qe.init(e,t);e._zod.parse=e=>e});const Ft=n.xI("$ZodNever",(e,t)=>{qe.init(e,t);e._zod.parse=(t,r)=>{t.issues.push({expected:"never",code:"invalid_type",input:t.value,inst:e});return t}});const Xt=null&&core.$constructor("$ZodVoid",(e,t)=>{qe.init(e,t);e._zod.parse=(t,r)=>{const n=t.value;if(typeof n==="undefined")return t;t.issues.push({expected:"void",code:"invalid_type",input:n,inst:e});return t}});const Qt=n.xI("$ZodDate",(e,t)=>{qe.init(e,t);e._zod.parse=(r,n)=>{if(t.coerce){try{r.value=new Date(r.value)}catch(e){}}const s=r.value;const i=s instanceof Date;const o=i&&!Number.isNaN(s.getTime());if(o)return r;r.issues.push({expected:"date",code:"invalid_type",input:s,...i?{received:"Invalid Date"}:{},inst:e});return r}});function capSize(e,t){const r=s.hi(e._zod.def.checks);if(!r.length)return;const n=Math.min(...r.map(e=>e[0]));const i=e._zod.parse;e._zod.parse=(r,o)=>{const a=t(r.value);if(a>n&&!o?.skipChecks&&o?.direction!=="backward"){for(const[t,n]of s.hi(e._zod.def.checks)){if(a>t&&n._zod.def.when(r)){const t=r.issues.length;n._zod.check(r);r.issues[t].continue=false;s.d3(r.issues,t,e);return r}}}return i(r,o)}}const arraySize=e=>Array.isArray(e)?e.length:-1;const mapSize=e=>e instanceof Map?e.size:-1;const setSize=e=>e instanceof Set?e.size:-1;function handleArrayResult(e,t,r){if(e.issues.length){t.issues.push(...s.lQ(r,e.issues))}t.value[r]=e.value}const Ut=n.xI("$ZodArray",(e,t)=>{qe.init(e,t);const r=n.cr.memoizer;r?.attach(e);e._zod.parse=(n,i)=>{const o=n.value;if(!Array.isArray(o)){n.issues.push({expected:"array",code:"invalid_type",input:o,inst:e});return n}n.value=r?r.alloc(e,n,Array(o.length),i):Array(o.length);const a=[];const c=i?.abortEarly;for(let e=0;e<o.length;e++){const r=o[e];const l=t.element._zod.run({value:r,issues:[]},i);if(l instanceof Promise){a.push(l.then(t=>handleArrayResult(t,n,e)))}else{handleArrayResult(l,n,e);if(c&&l.issues.length!==0&&s.QH(l))break}}if(a.length){return Promise.all(a).then(()=>n)}return n};capSize(e,arraySize)});function handlePropertyResult(e,t,r,n,i,o){const a=r in n;const c=o==="optional";if(!a&&c&&i==="optional"){return}if(e.issues.length){if(i!==undefined&&c&&!a){return}t.issues.push(...s.lQ(r,e.issues))}if(!a&&i===undefined){if(!e.issues.length){t.issues.push({code:"invalid_type",expected:"nonoptional",input:undefined,path:[r]})}return}if(e.value===undefined){if(a||i==="defaulted"&&!c){t.value[r]=undefined}}else{t.value[r]=e.value}}const Bt=[];function normalizeDef(e){const t=Object.keys(e.shape);const r=Object.getOwnPropertySymbols(e.shape);const n=r.length?r:Bt;const i=n.length?[...t,...n]:t;for(const t of i){if(!e.shape?.[t]?._zod?.traits?.has("$ZodType")){throw new Error(`Invalid element at key "${String(t)}": expected a Zod schema`)}}const o=s.NM(e.shape);return{...e,allKeys:i,symbolKeys:n,keySet:new Set(t),numKeys:t.length,optionalKeys:new Set(o)}}function handleCatchall(e,t,r,n,i,o,a){const c=[];const l=i.keySet;const u=i.catchall._zod;const f=u.def.type;const p=u.optin;const d=u.optout;let h=0;for(const i in t){if(a&&r.issues.length!==h){if(s.QH(r,h))break;h=r.issues.length}if(l.has(i))continue;if(i==="__proto__"){if(f==="never")c.push(i);continue}if(f==="never"){c.push(i);continue}const o=u.run({value:t[i],issues:[]},n);if(o instanceof Promise){e.push(o.then(e=>handlePropertyResult(e,r,i,t,p,d)))}else{handlePropertyResult(o,r,i,t,p,d)}}if(c.length){r.issues.push({code:"unrecognized_keys",keys:c,input:t,inst:o,continue:true})}if(!e.length)return r;return Promise.all(e).then(()=>r)}const qt=n.xI("$ZodObject",(e,t)=>{qe.init(e,t);const r=Object.getOwnPropertyDescriptor(t,"shape");const i=r?.get?r.get.raw:t.shape??{};if(i){const get=()=>{const e={...i};Object.defineProperty(t,"shape",{value:e});get.raw=e;return e};get.raw=i;Object.defineProperty(t,"shape",{get:get})}const o=s.PO(()=>normalizeDef(t));s.v5(e,"propValues",e=>{const t=e.def.shape;const r={};for(const e in t){const n=t[e]._zod;if(n.values){if(!Object.prototype.hasOwnProperty.call(r,e)){s.Vy(r,e,new Set)}for(const t of n.values)r[e].add(t);if(n.optin!==undefined)r[e].add(undefined)}}return r});const a=s.Gv;const c=t.catchall;let l;const u=n.cr.memoizer;u?.attach(e);e._zod.parse=(t,r)=>{l??(l=o.value);const n=t.value;if(!a(n)){t.issues.push({expected:"object",code:"invalid_type",input:n,inst:e});return t}t.value=u?u.alloc(e,t,{},r):{};const i=[];const f=l.shape;const p=r?.abortEarly;let d=t.issues.length;for(const e of l.allKeys){if(p&&t.issues.length!==d){if(s.QH(t,d))break;d=t.issues.length}if(e==="__proto__")continue;const o=f[e];const a=o._zod.optin;const c=o._zod.optout;const l=o._zod.run({value:n[e],issues:[]},r);if(l instanceof Promise){i.push(l.then(r=>handlePropertyResult(r,t,e,n,a,c)))}else{handlePropertyResult(l,t,e,n,a,c)}}if(!c){return i.length?Promise.all(i).then(()=>t):t}return handleCatchall(i,n,t,r,o.value,e,p===true)}});const Zt=n.xI("$ZodObjectJIT",(e,t)=>{qt.init(e,t);const r=e._zod.parse;const i=s.PO(()=>normalizeDef(t));const o=n.cr.memoizer;const generateFastpass=t=>{const r=i.value;const n=r.symbolKeys;const a=new Doc(["payload","ctx"],{shape:t,inst:e,memo:o,syms:n});const parseStr=e=>`shape[${e}]._zod.run({ value: input[${e}], issues: [] }, ctx)`;const prefixStr=(e,t)=>`\n          let ${e}_ab = false;\n          for (let i = 0; i < ${e}.issues.length; i++) {\n            const iss = ${e}.issues[i];\n            iss.path = iss.path ? [${t}, ...iss.path] : [${t}];\n            payload.issues.push(iss);\n            if (iss.continue !== true) ${e}_ab = true;\n          }\n          if (${e}_ab && ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }`;a.write(`const input = payload.value;`);const c=Object.create(null);let l=0;for(const e of r.allKeys){c[e]=`key_${l++}`}a.write(o?`const newResult = memo.alloc(inst, payload, {}, ctx);`:`const newResult = {};`);for(const e of r.allKeys){if(e==="__proto__")continue;const r=c[e];const i=typeof e==="symbol"?`syms[${n.indexOf(e)}]`:s.UQ(e);const o=`${i} in input`;const l=t[e];const u=l?._zod?.optin;const f=u!==undefined;const p=l?._zod?.optout==="optional";a.write(`const ${r} = ${parseStr(i)};`);if(f&&p){const e=u==="optional"?`${r}_present`:`${r}.value !== undefined || ${r}_present`;a.write(`\n        const ${r}_present = ${o};\n        if (!${r}.issues.length || ${r}_present) {\n          if (${r}.issues.length) {${prefixStr(r,i)}\n          }\n\n          if (${e}) {\n            newResult[${i}] = ${r}.value;\n          }\n        }\n\n      `)}else if(!f){a.write(`\n        const ${r}_present = ${o};\n        if (${r}.issues.length) {${prefixStr(r,i)}\n        }\n        if (!${r}_present && !${r}.issues.length) {\n          payload.issues.push({\n            code: "invalid_type",\n            expected: "nonoptional",\n            input: undefined,\n            path: [${i}]\n          });\n          if (ctx && ctx.abortEarly) {\n            payload.value = newResult;\n            return payload;\n          }\n        }\n\n        if (${r}_present) {\n          newResult[${i}] = ${r}.value;\n        }\n\n      `)}else{a.write(`\n        if (${r}.issues.length) {${prefixStr(r,i)}\n        }\n      `);if(u==="defaulted"){a.write(`newResult[${i}] = ${r}.value;`)}else{a.write(`\n        if (${r}.value !== undefined || ${o}) {\n          newResult[${i}] = ${r}.value;\n        }\n      `)}}}a.write(`payload.value = newResult;`);a.write(`return payload;`);return a.compile()};let a;const c=s.Gv;const l=!n.cr.jitless;const u=s.hI;const f=l&&u.value;const p=t.catchall;let d;e._zod.parse=(n,s)=>{d??(d=i.value);const o=n.value;if(!c(o)){n.issues.push({expected:"object",code:"invalid_type",input:o,inst:e});return n}if(l&&f&&s?.async===false&&s.jitless!==true){if(!a)a=generateFastpass(t.shape);n=a(n,s);if(!p)return n;return handleCatchall([],o,n,s,d,e,s?.abortEarly===true)}return r(n,s)}});function handleUnionResults(e,t,r,i){for(const r of e){if(r.issues.length===0){t.value=r.value;return t}}const o=e.filter(e=>!s.QH(e));if(o.length===1){t.value=o[0].value;return o[0]}t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(e=>e.issues.map(e=>s.iR(e,i,n.$W())))});return t}const Gt=n.xI("$ZodUnion",(e,t)=>{qe.init(e,t);s.v5(e,"optin",e=>e.def.options.some(e=>e._zod.optin==="defaulted")?"defaulted":e.def.options.some(e=>e._zod.optin!==undefined)?"optional":undefined);s.v5(e,"optout",e=>e.def.options.some(e=>e._zod.optout==="optional")?"optional":undefined);s.v5(e,"values",e=>{if(e.def.options.every(e=>e._zod.values)){return new Set(e.def.options.flatMap(e=>Array.from(e._zod.values)))}return undefined});s.v5(e,"pattern",e=>{if(e.def.options.every(e=>e._zod.pattern)){const t=e.def.options.map(e=>e._zod.pattern);return new RegExp(`^(${t.map(e=>s.p6(e.source)).join("|")})$`)}return undefined});const r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,s)=>{if(r){return r(n,s)}let i=false;const o=[];for(const e of t.options){const t=e._zod.run({value:n.value,issues:[]},s);if(t instanceof Promise){o.push(t);i=true}else{if(t.issues.length===0)return t;o.push(t)}}if(!i)return handleUnionResults(o,n,e,s);return Promise.all(o).then(t=>handleUnionResults(t,n,e,s))}});function handleExclusiveUnionResults(e,t,r,n){const s=[];for(let t=0;t<e.length;t++){if(e[t].issues.length===0)s.push(t)}if(s.length===1){t.value=e[s[0]].value;return t}if(s.length===0){t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:e.map(e=>e.issues.map(e=>util.finalizeIssue(e,n,core.config())))})}else{t.issues.push({code:"invalid_union",input:t.value,inst:r,errors:[],inclusive:false,matches:s})}return t}const Vt=null&&core.$constructor("$ZodXor",(e,t)=>{Gt.init(e,t);t.inclusive=false;const r=t.options.length===1?t.options[0]._zod.run:null;e._zod.parse=(n,s)=>{if(r){return r(n,s)}let i=false;const o=[];for(const e of t.options){const t=e._zod.run({value:n.value,issues:[]},s);if(t instanceof Promise){o.push(t);i=true}else{o.push(t)}}if(!i)return handleExclusiveUnionResults(o,n,e,s);return Promise.all(o).then(t=>handleExclusiveUnionResults(t,n,e,s))}});function getDiscriminatedOption(e,t){const r=e._zod;let n=r.bag.optionsMap;if(!n){n=discriminatorMap(r.def);r.bag.optionsMap=n}const s=n.get(t);if(s===null)throw new Error(`Ambiguous discriminator value "${String(t)}"`);return s}function discriminatorMap(e){const t=new Map;for(const r of e.options){const n=r._zod.propValues?.[e.discriminator];if(!n||n.size===0)throw new Error(`Invalid discriminated union option at index "${e.options.indexOf(r)}"`);for(const e of n){if(t.has(e)){if(e!==undefined)throw new Error(`Duplicate discriminator value "${String(e)}"`);t.set(e,null)}else{t.set(e,r)}}}return t}const Yt=n.xI("$ZodDiscriminatedUnion",(e,t)=>{t.inclusive=false;Gt.init(e,t);const r=e._zod.parse;s.v5(e,"propValues",e=>{const t={};let r=0;for(const n of e.def.options){const i=n._zod.propValues;if(!i||Object.keys(i).length===0)throw new Error(`Invalid discriminated union option at index "${e.def.options.indexOf(n)}"`);if(i[e.def.discriminator]?.has(undefined))r++;for(const[e,r]of Object.entries(i)){if(!Object.prototype.hasOwnProperty.call(t,e)){s.Vy(t,e,new Set)}for(const n of r){t[e].add(n)}}}if(!e.def.unionFallback&&r>1)t[e.def.discriminator]?.delete(undefined);return t});t.options.forEach((e,r)=>{const n=s.MO(e._zod.def);if(n&&!Object.prototype.hasOwnProperty.call(n,t.discriminator)){throw new Error(`Invalid discriminated union option at index "${r}"`)}});const n=s.PO(()=>discriminatorMap(t));e._zod.parse=(i,o)=>{const a=i.value;if(!s.Gv(a)){i.issues.push({code:"invalid_type",expected:"object",input:a,inst:e});return i}const c=a?.[t.discriminator];const l=n.value.get(c);if(l&&(c!==undefined||o.direction!=="backward")){return l._zod.run(i,o)}if(t.unionFallback||o.direction==="backward"){return r(i,o)}i.issues.push({code:"invalid_union",errors:[],note:"No matching discriminator",discriminator:t.discriminator,options:Array.from(n.value.keys()).filter(e=>n.value.get(e)!==null),input:a,path:[t.discriminator],inst:e});return i}});const Wt=n.xI("$ZodIntersection",(e,t)=>{qe.init(e,t);e._zod.parse=(e,r)=>{const n=e.value;const s=t.left._zod.run({value:n,issues:[]},r);const i=t.right._zod.run({value:n,issues:[]},r);const o=s instanceof Promise||i instanceof Promise;if(o){return Promise.all([s,i]).then(([t,r])=>handleIntersectionResults(e,t,r))}return handleIntersectionResults(e,s,i)}});function mergeValues(e,t){if(e===t){return{valid:true,data:e}}if(e instanceof Date&&t instanceof Date&&+e===+t){return{valid:true,data:e}}if(s.Qd(e)&&s.Qd(t)){const r=Object.keys(t);const n=Object.keys(e).filter(e=>r.indexOf(e)!==-1);const s={...e,...t};if(Object.prototype.hasOwnProperty.call(s,"__proto__"))delete s.__proto__;for(const r of n){if(r==="__proto__")continue;const n=mergeValues(e[r],t[r]);if(!n.valid){return{valid:false,mergeErrorPath:[r,...n.mergeErrorPath]}}s[r]=n.data}return{valid:true,data:s}}if(Array.isArray(e)&&Array.isArray(t)){if(e.length!==t.length){return{valid:false,mergeErrorPath:[]}}const r=[];for(let n=0;n<e.length;n++){const s=e[n];const i=t[n];const o=mergeValues(s,i);if(!o.valid){return{valid:false,mergeErrorPath:[n,...o.mergeErrorPath]}}r.push(o.data)}return{valid:true,data:r}}return{valid:false,mergeErrorPath:[]}}function handleIntersectionResults(e,t,r){const n=new Map;let i;const o=new Map;const collect=(e,t)=>{let r;if(e.code==="unrecognized_keys"&&!e.path?.length){i??(i=e);r=e.keys}else if(e.code==="invalid_key"&&e.origin==="record"&&e.path?.length===1){const t=String(e.path[0]);if(!o.has(t))o.set(t,e);r=[t]}else{return false}for(const e of r){if(!n.has(e))n.set(e,{});n.get(e)[t]=true}return true};for(const r of t.issues){if(!collect(r,"l"))e.issues.push(r)}for(const t of r.issues){if(!collect(t,"r"))e.issues.push(t)}const a=[...n].filter(([,e])=>e.l&&e.r).map(([e])=>e);if(a.length){const t=i?a.filter(e=>i.keys.includes(e)):[];if(t.length)e.issues.push({...i,keys:t});for(const r of a){if(!t.includes(r)&&o.has(r))e.issues.push(o.get(r))}}const c=mergeValues(t.value,r.value);if(!c.valid){if(s.QH(e))return e;throw new Error(`Unmergable intersection. Error path: `+`${JSON.stringify(c.mergeErrorPath)}`)}e.value=c.data;return e}const Kt=n.xI("$ZodTuple",(e,t)=>{qe.init(e,t);const r=t.items;const i=n.cr.memoizer;i?.attach(e);e._zod.parse=(n,o)=>{const a=n.value;if(!Array.isArray(a)){n.issues.push({input:a,inst:e,expected:"tuple",code:"invalid_type"});return n}n.value=i?i.alloc(e,n,[],o):[];const c=[];const l=getTupleOptStart(r,"optin");const u=getTupleOptStart(r,"optout");if(!t.rest){if(a.length<l){n.issues.push({code:"too_small",minimum:l,inclusive:true,input:a,inst:e,origin:"array"});return n}if(a.length>r.length){n.issues.push({code:"too_big",maximum:r.length,inclusive:true,input:a,inst:e,origin:"array"})}}const f=new Array(r.length);const p=t.rest?o?.abortEarly:undefined;let d=false;for(let e=0;e<r.length;e++){const t=r[e]._zod.run({value:a[e],issues:[]},o);if(t instanceof Promise){c.push(t.then(t=>{f[e]=t}))}else{f[e]=t;if(p&&!d&&t.issues.length)d=s.QH(t)}}if(t.rest&&!d){let e=r.length-1;const i=a.slice(r.length);let l=n.issues.length;for(const r of i){if(p&&n.issues.length!==l){if(s.QH(n,l))break;l=n.issues.length}e++;const i=t.rest._zod.run({value:r,issues:[]},o);if(i instanceof Promise){c.push(i.then(t=>handleTupleResult(t,n,e)))}else{handleTupleResult(i,n,e)}}}if(c.length){return Promise.all(c).then(()=>handleTupleResults(f,n,r,a,u))}return handleTupleResults(f,n,r,a,u)}});function getTupleOptStart(e,t){for(let r=e.length-1;r>=0;r--){const n=t==="optin"?e[r]._zod.optin!==undefined:e[r]._zod.optout==="optional";if(!n)return r+1}return 0}function handleTupleResult(e,t,r){if(e.issues.length){t.issues.push(...s.lQ(r,e.issues))}t.value[r]=e.value}function handleTupleResults(e,t,r,n,i){for(let o=0;o<r.length;o++){const a=e[o];const c=o<n.length;if(!c&&o>=i&&r[o]._zod.optin==="optional"){t.value.length=o;break}if(a.issues.length){if(!c&&o>=i){t.value.length=o;break}t.issues.push(...s.lQ(o,a.issues))}t.value[o]=a.value}for(let e=t.value.length-1;e>=n.length;e--){if(r[e]._zod.optout==="optional"&&t.value[e]===undefined){t.value.length=e}else{break}}return t}const Jt=n.xI("$ZodRecord",(e,t)=>{qe.init(e,t);const r=n.cr.memoizer;r?.attach(e);e._zod.parse=(i,o)=>{const a=i.value;if(!s.Qd(a)){i.issues.push({expected:"record",code:"invalid_type",input:a,inst:e});return i}const c=[];const l=t.keyType._zod.values;if(l&&!t.partial){i.value=r?r.alloc(e,i,{},o):{};const u=new Set;for(const r of l){if(typeof r==="string"||typeof r==="number"||typeof r==="symbol"){u.add(typeof r==="number"?r.toString():r);if(r==="__proto__")continue;const l=t.keyType._zod.run({value:r,issues:[]},o);if(l instanceof Promise){throw new Error("Async schemas not supported in object keys currently")}if(l.issues.length){i.issues.push({code:"invalid_key",origin:"record",issues:l.issues.map(e=>s.iR(e,o,n.$W())),input:r,path:[r],inst:e});continue}const f=l.value;if(f==="__proto__")continue;const p=t.valueType._zod.run({value:a[r],issues:[]},o);if(p instanceof Promise){c.push(p.then(e=>{if(e.issues.length){i.issues.push(...s.lQ(r,e.issues))}i.value[f]=e.value}))}else{if(p.issues.length){i.issues.push(...s.lQ(r,p.issues))}i.value[f]=p.value}}}let f;for(const e in a){if(!u.has(e)){if(t.mode==="loose"){if(e==="__proto__")continue;i.value[e]=a[e]}else{f=f??[];f.push(e)}}}if(f&&f.length>0){i.issues.push({code:"unrecognized_keys",input:a,inst:e,keys:f,continue:true})}}else{i.value=r?r.alloc(e,i,{},o):{};let u;for(const r of Reflect.ownKeys(a)){if(r==="__proto__")continue;if(!Object.prototype.propertyIsEnumerable.call(a,r))continue;let f=t.keyType._zod.run({value:r,issues:[]},o);if(f instanceof Promise){throw new Error("Async schemas not supported in object keys currently")}const p=typeof r==="string"&&J.test(r)&&f.issues.length;if(p){const e=t.keyType._zod.run({value:Number(r),issues:[]},o);if(e instanceof Promise){throw new Error("Async schemas not supported in object keys currently")}if(e.issues.length===0){f=e}}if(f.issues.length){if(t.mode==="loose"){i.value[r]=a[r]}else if(l){u=u??[];u.push(r)}else{i.issues.push({code:"invalid_key",origin:"record",issues:f.issues.map(e=>s.iR(e,o,n.$W())),input:r,path:[r],inst:e})}continue}const d=f.value;if(d==="__proto__")continue;const h=t.valueType._zod.run({value:a[r],issues:[]},o);if(h instanceof Promise){c.push(h.then(e=>{if(e.issues.length){i.issues.push(...s.lQ(r,e.issues))}i.value[d]=e.value}))}else{if(h.issues.length){i.issues.push(...s.lQ(r,h.issues))}i.value[d]=h.value}}if(u&&u.length>0){i.issues.push({code:"unrecognized_keys",input:a,inst:e,keys:u,continue:true})}}if(c.length){return Promise.all(c).then(()=>i)}return i}});const Ht=null&&core.$constructor("$ZodMap",(e,t)=>{qe.init(e,t);const r=core.globalConfig.memoizer;r?.attach(e);e._zod.parse=(n,s)=>{const i=n.value;if(!(i instanceof Map)){n.issues.push({expected:"map",code:"invalid_type",input:i,inst:e});return n}const o=[];n.value=r?r.alloc(e,n,new Map,s):new Map;const a=s?.abortEarly;let c=n.issues.length;for(const[r,l]of i){if(a&&n.issues.length!==c){if(util.aborted(n,c))break;c=n.issues.length}const u=t.keyType._zod.run({value:r,issues:[]},s);const f=t.valueType._zod.run({value:l,issues:[]},s);if(u instanceof Promise||f instanceof Promise){o.push(Promise.all([u,f]).then(([t,o])=>{handleMapResult(t,o,n,r,i,e,s)}))}else{handleMapResult(u,f,n,r,i,e,s)}}if(o.length)return Promise.all(o).then(()=>n);return n};capSize(e,mapSize)});function handleMapResult(e,t,r,n,s,i,o){if(e.issues.length){if(util.propertyKeyTypes.has(typeof n)){r.issues.push(...util.prefixIssues(n,e.issues))}else{r.issues.push({code:"invalid_key",origin:"map",input:s,inst:i,issues:e.issues.map(e=>util.finalizeIssue(e,o,core.config()))})}}if(t.issues.length){if(util.propertyKeyTypes.has(typeof n)){r.issues.push(...util.prefixIssues(n,t.issues))}else{r.issues.push({origin:"map",code:"invalid_element",input:s,inst:i,key:n,issues:t.issues.map(e=>util.finalizeIssue(e,o,core.config()))})}}r.value.set(e.value,t.value)}const er=null&&core.$constructor("$ZodSet",(e,t)=>{qe.init(e,t);const r=core.globalConfig.memoizer;r?.attach(e);e._zod.parse=(n,s)=>{const i=n.value;if(!(i instanceof Set)){n.issues.push({input:i,inst:e,expected:"set",code:"invalid_type"});return n}const o=[];n.value=r?r.alloc(e,n,new Set,s):new Set;const a=s?.abortEarly;let c=n.issues.length;for(const e of i){if(a&&n.issues.length!==c){if(util.aborted(n,c))break;c=n.issues.length}const r=t.valueType._zod.run({value:e,issues:[]},s);if(r instanceof Promise){o.push(r.then(e=>handleSetResult(e,n)))}else handleSetResult(r,n)}if(o.length)return Promise.all(o).then(()=>n);return n};capSize(e,setSize)});function handleSetResult(e,t){if(e.issues.length){t.issues.push(...e.issues)}t.value.add(e.value)}const tr=n.xI("$ZodEnum",(e,t)=>{qe.init(e,t);const r=s.w5(t.entries);const n=new Set(r);e._zod.values=n;s.v5(e,"pattern",e=>{const t=s.w5(e.def.entries).filter(e=>s.qQ.has(typeof e));return new RegExp(t.length?`^(${t.map(e=>s.sD(e.toString())).join("|")})$`:"^[^\\s\\S]$")});e._zod.parse=(t,s)=>{const i=t.value;if(n.has(i)){return t}t.issues.push({code:"invalid_value",values:r,input:i,inst:e});return t}});const rr=n.xI("$ZodLiteral",(e,t)=>{qe.init(e,t);const r=new Set(t.values);e._zod.values=r;s.v5(e,"pattern",e=>{const t=e.def.values;return new RegExp(t.length?`^(${t.map(e=>typeof e==="string"?s.sD(e):e?s.sD(e.toString()):String(e)).join("|")})$`:"^[^\\s\\S]$")});e._zod.parse=(n,s)=>{const i=n.value;if(r.has(i)){return n}n.issues.push({code:"invalid_value",values:t.values,input:i,inst:e});return n}});const nr=null&&core.$constructor("$ZodFile",(e,t)=>{qe.init(e,t);e._zod.parse=(t,r)=>{const n=t.value;if(n instanceof File)return t;t.issues.push({expected:"file",code:"invalid_type",input:n,inst:e});return t}});const sr=n.xI("$ZodTransform",(e,t)=>{qe.init(e,t);e._zod.optin="optional";n.cr.memoizer?.guard(e);e._zod.parse=(r,s)=>{if(s.direction==="backward"){throw new n.cV(e.constructor.name)}const i=t.transform(r.value,r);if(s.async){const e=i instanceof Promise?i:Promise.resolve(i);return e.then(e=>{r.value=e;return r})}if(i instanceof Promise){throw new n.GT}r.value=i;return r}});function handleOptionalResult(e,t){e.value=t.issues.length?undefined:t.value;return e}const ir=n.xI("$ZodOptional",(e,t)=>{qe.init(e,t);s.v5(e,"optin",e=>e.def.innerType._zod.optin==="defaulted"?"defaulted":"optional");e._zod.optout="optional";s.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t,undefined]):undefined});s.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${s.p6(t.source)})?$`):undefined});e._zod.parse=(e,r)=>{if(e.value===undefined){if(t.innerType._zod.optin!=="defaulted")return e;const n=t.innerType._zod.run({value:e.value,issues:[]},r);if(n instanceof Promise)return n.then(t=>handleOptionalResult(e,t));return handleOptionalResult(e,n)}return t.innerType._zod.run(e,r)}});const or=n.xI("$ZodExactOptional",(e,t)=>{ir.init(e,t);s.v5(e,"values",e=>e.def.innerType._zod.values);s.v5(e,"pattern",e=>e.def.innerType._zod.pattern);e._zod.parse=(e,r)=>t.innerType._zod.run(e,r)});const ar=n.xI("$ZodNullable",(e,t)=>{qe.init(e,t);s.v5(e,"optin",e=>e.def.innerType._zod.optin);s.v5(e,"optout",e=>e.def.innerType._zod.optout);s.v5(e,"pattern",e=>{const t=e.def.innerType._zod.pattern;return t?new RegExp(`^(${s.p6(t.source)}|null)$`):undefined});s.v5(e,"values",e=>e.def.innerType._zod.values?new Set([...e.def.innerType._zod.values,null]):undefined);e._zod.parse=(e,r)=>{if(e.value===null)return e;return t.innerType._zod.run(e,r)}});const cr=n.xI("$ZodDefault",(e,t)=>{qe.init(e,t);e._zod.optin="defaulted";s.v5(e,"values",e=>e.def.innerType._zod.values);e._zod.parse=(e,r)=>{if(r.direction==="backward"){return t.innerType._zod.run(e,r)}if(e.value===undefined){e.value=t.defaultValue;return e}const n=t.innerType._zod.run(e,r);if(n instanceof Promise){return n.then(e=>handleDefaultResult(e,t))}return handleDefaultResult(n,t)}});function handleDefaultResult(e,t){if(e.value===undefined){e.value=t.defaultValue}return e}const lr=n.xI("$ZodPrefault",(e,t)=>{qe.init(e,t);e._zod.optin="defaulted";s.v5(e,"values",e=>e.def.innerType._zod.values);e._zod.parse=(e,r)=>{if(r.direction==="backward"){return t.innerType._zod.run(e,r)}if(e.value===undefined){e.value=t.defaultValue}return t.innerType._zod.run(e,r)}});const ur=n.xI("$ZodNonOptional",(e,t)=>{qe.init(e,t);s.v5(e,"values",e=>{const t=e.def.innerType._zod.values;return t?new Set([...t].filter(e=>e!==undefined)):undefined});e._zod.parse=(r,n)=>{const s=t.innerType._zod.run(r,n);if(s instanceof Promise){return s.then(t=>handleNonOptionalResult(t,e))}return handleNonOptionalResult(s,e)}});function handleNonOptionalResult(e,t){if(!e.issues.length&&e.value===undefined){e.issues.push({code:"invalid_type",expected:"nonoptional",input:e.value,inst:t})}return e}const fr=null&&core.$constructor("$ZodSuccess",(e,t)=>{qe.init(e,t);e._zod.parse=(e,r)=>{if(r.direction==="backward"){throw new core.$ZodEncodeError("ZodSuccess")}const n=t.innerType._zod.run(e,r);if(n instanceof Promise){return n.then(t=>{e.value=t.issues.length===0;return e})}e.value=n.issues.length===0;return e}});function handleCatchResult(e,t,r,i){if(!t.issues.length){e.value=t.value;if(t.memo)e.memo=true;return e}e.value=r.catchValue({...t,value:e.value,error:{issues:t.issues.map(e=>s.iR(e,i,n.$W()))},input:e.value});return e}const pr=n.xI("$ZodCatch",(e,t)=>{qe.init(e,t);s.v5(e,"optin",e=>e.def.innerType._zod.optin==="defaulted"?"defaulted":"optional");s.v5(e,"optout",e=>e.def.innerType._zod.optout);s.v5(e,"values",e=>e.def.innerType._zod.values);e._zod.parse=(e,r)=>{if(r.direction==="backward"){return t.innerType._zod.run(e,r)}const n=t.innerType._zod.run({value:e.value,issues:[]},r);if(n instanceof Promise){return n.then(n=>handleCatchResult(e,n,t,r))}return handleCatchResult(e,n,t,r)}});const dr=null&&core.$constructor("$ZodNaN",(e,t)=>{qe.init(e,t);e._zod.parse=(t,r)=>{if(typeof t.value!=="number"||!Number.isNaN(t.value)){t.issues.push({input:t.value,inst:e,expected:"nan",code:"invalid_type"});return t}return t}});const hr=n.xI("$ZodPipe",(e,t)=>{qe.init(e,t);s.v5(e,"values",e=>e.def.in._zod.values);s.v5(e,"optin",e=>e.def.in._zod.optin);s.v5(e,"optout",e=>e.def.out._zod.optout);s.v5(e,"propValues",e=>e.def.in._zod.propValues);e._zod.parse=(e,r)=>{if(r.direction==="backward"){const n=t.out._zod.run(e,r);if(n instanceof Promise){return n.then(e=>handlePipeResult(e,t.in,r))}return handlePipeResult(n,t.in,r)}const n=t.in._zod.run(e,r);if(n instanceof Promise){return n.then(e=>handlePipeResult(e,t.out,r))}return handlePipeResult(n,t.out,r)}});function handlePipeResult(e,t,r){if(e.issues.some(e=>e.code!=="unrecognized_keys")){e.aborted=true;return e}return t._zod.run({value:e.value,issues:e.issues},r)}const mr=null&&core.$constructor("$ZodCodec",(e,t)=>{qe.init(e,t);util.defineLazyInternal(e,"values",e=>e.def.in._zod.values);util.defineLazyInternal(e,"optin",e=>e.def.in._zod.optin);util.defineLazyInternal(e,"optout",e=>e.def.out._zod.optout);util.defineLazyInternal(e,"propValues",e=>e.def.in._zod.propValues);e._zod.parse=(e,r)=>{const n=r.direction||"forward";if(n==="forward"){const n=t.in._zod.run(e,r);if(n instanceof Promise){return n.then(e=>handleCodecAResult(e,t,r))}return handleCodecAResult(n,t,r)}else{const n=t.out._zod.run(e,r);if(n instanceof Promise){return n.then(e=>handleCodecAResult(e,t,r))}return handleCodecAResult(n,t,r)}}});function handleCodecAResult(e,t,r){if(e.issues.length){e.aborted=true;return e}const n=r.direction||"forward";if(n==="forward"){const n=t.transform(e.value,e);if(n instanceof Promise){return n.then(n=>handleCodecTxResult(e,n,t.out,r))}return handleCodecTxResult(e,n,t.out,r)}else{const n=t.reverseTransform(e.value,e);if(n instanceof Promise){return n.then(n=>handleCodecTxResult(e,n,t.in,r))}return handleCodecTxResult(e,n,t.in,r)}}function handleCodecTxResult(e,t,r,n){if(e.issues.length){e.aborted=true;return e}return r._zod.run({value:t,issues:e.issues},n)}const gr=null&&core.$constructor("$ZodPreprocess",(e,t)=>{hr.init(e,t)});const vr=n.xI("$ZodReadonly",(e,t)=>{qe.init(e,t);s.v5(e,"propValues",e=>e.def.innerType._zod.propValues);s.v5(e,"values",e=>e.def.innerType._zod.values);s.v5(e,"optin",e=>e.def.innerType?._zod?.optin);s.v5(e,"optout",e=>e.def.innerType?._zod?.optout);e._zod.parse=(e,r)=>{if(r.direction==="backward"){return t.innerType._zod.run(e,r)}const n=t.innerType._zod.run(e,r);if(n instanceof Promise){return n.then(handleReadonlyResult)}return handleReadonlyResult(n)}});function handleReadonlyResult(e){if(!e.memo)e.value=Object.freeze(e.value);return e}function leafPattern(e){const t=e._zod.def;let r=t.pattern;let n=!!t.format?.includes("int");let s;let i;for(const e of t.checks??[]){const t=e._zod.def;if(t.pattern)r=t.pattern;n||(n=!!t.format?.includes("int"));const o=t.minimum??t.length;const a=t.maximum??t.length;if(o!==undefined&&(s===undefined||o>s))s=o;if(a!==undefined&&(i===undefined||a<i))i=a}if(r)return r.source;if(s!==undefined&&i!==undefined&&s>i)return"(?!)";if(s!==undefined||i!==undefined)return regexes.string({minimum:s,maximum:i}).source;const o=e._zod.pattern;return(n&&o===regexes.number?regexes.integer:o)?.source}function partPattern(e){const t=e._zod.def;const r=e._zod.pattern?.source;const n=t.innerType??e._zod.innerType;if(n){const e=n._zod.pattern?.source;const t=partPattern(n);if(r&&e&&t&&t!==e){return r.replace(util.cleanRegex(e),()=>util.cleanRegex(t))}return r}if(t.options){const e=t.options.map(partPattern);if(e.every(Boolean))return`^(${e.map(e=>util.cleanRegex(e)).join("|")})$`}return leafPattern(e)}const yr=null&&core.$constructor("$ZodTemplateLiteral",(e,t)=>{qe.init(e,t);const r=[];for(const e of t.parts){if(typeof e==="object"&&e!==null){const t=partPattern(e);if(!t){throw new Error(`Invalid template literal part, no pattern found: ${[...e._zod.traits].shift()}`)}r.push(util.cleanRegex(t))}else if(e===null||util.primitiveTypes.has(typeof e)){r.push(util.escapeRegex(`${e}`))}else{throw new Error(`Invalid template literal part: ${e}`)}}e._zod.pattern=new RegExp(`^${r.join("")}$`);e._zod.parse=(r,n)=>{if(typeof r.value!=="string"){r.issues.push({input:r.value,inst:e,expected:"string",code:"invalid_type"});return r}e._zod.pattern.lastIndex=0;if(!e._zod.pattern.test(r.value)){r.issues.push({input:r.value,inst:e,code:"invalid_format",format:t.format??"template_literal",pattern:e._zod.pattern.source});return r}return r}});const br=null&&core.$constructor("$ZodFunction",(e,t)=>{qe.init(e,t);Object.defineProperty(e,"_def",{value:t});e._zod.def=t;e.implement=t=>{if(typeof t!=="function"){throw new Error("implement() must be called with a function")}return Object.defineProperty(function(...r){const n=e._def.input?parse(e._def.input,r):r;const s=Reflect.apply(t,this,n);if(e._def.output){return parse(e._def.output,s)}return s},"_zod",{value:e._zod,enumerable:false})};e.implementAsync=t=>{if(typeof t!=="function"){throw new Error("implementAsync() must be called with a function")}return Object.defineProperty(async function(...r){const n=e._def.input?await parseAsync(e._def.input,r):r;const s=await Reflect.apply(t,this,n);if(e._def.output){return await parseAsync(e._def.output,s)}return s},"_zod",{value:e._zod,enumerable:false})};e._zod.parse=(t,r)=>{if(typeof t.value!=="function"){t.issues.push({code:"invalid_type",expected:"function",input:t.value,inst:e});return t}const n=e._def.output&&e._def.output._zod.def.type==="promise";if(n){t.value=e.implementAsync(t.value)}else{t.value=e.implement(t.value)}return t};e.input=(...t)=>{const r=e.constructor;if(Array.isArray(t[0])){return new r({type:"function",input:new Kt({type:"tuple",items:t[0],rest:t[1]}),output:e._def.output})}return new r({type:"function",input:t[0],output:e._def.output})};e.output=t=>{const r=e.constructor;return new r({type:"function",input:e._def.input,output:t})};return e});const Or=null&&core.$constructor("$ZodPromise",(e,t)=>{qe.init(e,t);e._zod.parse=(e,r)=>Promise.resolve(e.value).then(e=>t.innerType._zod.run({value:e,issues:[]},r))});const wr=null&&core.$constructor("$ZodLazy",(e,t)=>{qe.init(e,t);util.defineLazy(e._zod,"innerType",()=>{const e=t;if(!e._cachedInner)e._cachedInner=t.getter();return e._cachedInner});util.defineLazyInternal(e,"pattern",e=>e.innerType?._zod?.pattern);util.defineLazyInternal(e,"propValues",e=>e.innerType?._zod?.propValues);util.defineLazyInternal(e,"optin",e=>e.innerType?._zod?.optin??undefined);util.defineLazyInternal(e,"optout",e=>e.innerType?._zod?.optout??undefined);e._zod.parse=(t,r)=>{const n=e._zod.innerType;return n._zod.run(t,r)}});const _r=n.xI("$ZodCustom",(e,t)=>{Oe.init(e,t);qe.init(e,t);e._zod.parse=(e,t)=>e;e._zod.check=r=>{const n=r.value;const s=t.fn(n);if(s instanceof Promise){return s.then(t=>handleRefineResult(t,r,n,e))}handleRefineResult(s,r,n,e);return}});function handleRefineResult(e,t,r,n){if(!e){const e={code:"custom",input:r,inst:n,path:[...n._zod.def.path??[]],continue:!n._zod.def.abort};if(n._zod.def.params)e.params=n._zod.def.params;t.issues.push(s.sn(e))}}var xr;const kr=null&&Symbol("ZodOutput");const Sr=null&&Symbol("ZodInput");class $ZodRegistry{constructor(){this._map=new WeakMap;this._idmap=new Map}add(e,...t){const r=t[0];this._map.set(e,r);if(r&&typeof r==="object"&&"id"in r){this._idmap.set(r.id,e)}return this}clear(){this._map=new WeakMap;this._idmap=new Map;return this}remove(e){const t=this._map.get(e);if(t&&typeof t==="object"&&"id"in t){this._idmap.delete(t.id)}this._map.delete(e);return this}get(e){const t=e._zod.parent;if(t){const r={...this.get(t)??{}};delete r.id;const n={...r,...this._map.get(e)};return Object.keys(n).length?n:undefined}return this._map.get(e)}has(e){return this._map.has(e)}}function registry(){return new $ZodRegistry}(xr=globalThis).__zod_globalRegistry??(xr.__zod_globalRegistry=registry());const $r=globalThis.__zod_globalRegistry;function snapshotChecks(e){if(e.checks)e.checks=[...e.checks];return e}function _string(e,t){return new e(snapshotChecks({type:"string",...s.A2(t)}))}function _coercedString(e,t){return new e(snapshotChecks({type:"string",coerce:true,...util.normalizeParams(t)}))}function _email(e,t){return new e({type:"string",format:"email",check:"string_format",abort:false,...s.A2(t)})}function _guid(e,t){return new e({type:"string",format:"guid",check:"string_format",abort:false,...s.A2(t)})}function _uuid(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,...s.A2(t)})}function _uuidv4(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,version:"v4",...s.A2(t)})}function _uuidv6(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,version:"v6",...s.A2(t)})}function _uuidv7(e,t){return new e({type:"string",format:"uuid",check:"string_format",abort:false,version:"v7",...s.A2(t)})}function _url(e,t){return new e({type:"string",format:"url",check:"string_format",abort:false,...s.A2(t)})}function api_emoji(e,t){return new e({type:"string",format:"emoji",check:"string_format",abort:false,...s.A2(t)})}function _nanoid(e,t){return new e({type:"string",format:"nanoid",check:"string_format",abort:false,...s.A2(t)})}function _cuid(e,t){return new e({type:"string",format:"cuid",check:"string_format",abort:false,...s.A2(t)})}function _cuid2(e,t){return new e({type:"string",format:"cuid2",check:"string_format",abort:false,...s.A2(t)})}function _ulid(e,t){return new e({type:"string",format:"ulid",check:"string_format",abort:false,...s.A2(t)})}function _xid(e,t){return new e({type:"string",format:"xid",check:"string_format",abort:false,...s.A2(t)})}function _ksuid(e,t){return new e({type:"string",format:"ksuid",check:"string_format",abort:false,...s.A2(t)})}function _ipv4(e,t){return new e({type:"string",format:"ipv4",check:"string_format",abort:false,...s.A2(t)})}function _ipv6(e,t){return new e({type:"string",format:"ipv6",check:"string_format",abort:false,...s.A2(t)})}function _mac(e,t){return new e({type:"string",format:"mac",check:"string_format",abort:false,...util.normalizeParams(t)})}function _cidrv4(e,t){return new e({type:"string",format:"cidrv4",check:"string_format",abort:false,...s.A2(t)})}function _cidrv6(e,t){return new e({type:"string",format:"cidrv6",check:"string_format",abort:false,...s.A2(t)})}function _base64(e,t){return new e({type:"string",format:"base64",check:"string_format",abort:false,...s.A2(t)})}function _base64url(e,t){return new e({type:"string",format:"base64url",check:"string_format",abort:false,...s.A2(t)})}function _e164(e,t){return new e({type:"string",format:"e164",check:"string_format",abort:false,...s.A2(t)})}function _creditCard(e,t){return new e({type:"string",format:"credit_card",check:"string_format",abort:false,...util.normalizeParams(t)})}function _iban(e,t){return new e({type:"string",format:"iban",check:"string_format",abort:false,...util.normalizeParams(t)})}function _jwt(e,t){return new e({type:"string",format:"jwt",check:"string_format",abort:false,...s.A2(t)})}const Pr={Any:null,Minute:-1,Second:0,Millisecond:3,Microsecond:6};function _isoDateTime(e,t){return new e({type:"string",format:"datetime",check:"string_format",offset:false,local:false,precision:null,...s.A2(t)})}function _isoDate(e,t){return new e({type:"string",format:"date",check:"string_format",...s.A2(t)})}function _isoTime(e,t){return new e({type:"string",format:"time",check:"string_format",precision:null,...s.A2(t)})}function _isoDuration(e,t){return new e({type:"string",format:"duration",check:"string_format",...s.A2(t)})}function _number(e,t){return new e(snapshotChecks({type:"number",checks:[],...s.A2(t)}))}function _coercedNumber(e,t){return new e(snapshotChecks({type:"number",coerce:true,checks:[],...util.normalizeParams(t)}))}function _int(e,t){return new e({type:"number",check:"number_format",abort:false,format:"safeint",...s.A2(t)})}function _float32(e,t){return new e({type:"number",check:"number_format",abort:false,format:"float32",...util.normalizeParams(t)})}function _float64(e,t){return new e({type:"number",check:"number_format",abort:false,format:"float64",...util.normalizeParams(t)})}function _int32(e,t){return new e({type:"number",check:"number_format",abort:false,format:"int32",...util.normalizeParams(t)})}function _uint32(e,t){return new e({type:"number",check:"number_format",abort:false,format:"uint32",...util.normalizeParams(t)})}function _boolean(e,t){return new e({type:"boolean",...s.A2(t)})}function _coercedBoolean(e,t){return new e({type:"boolean",coerce:true,...util.normalizeParams(t)})}function _bigint(e,t){return new e({type:"bigint",...util.normalizeParams(t)})}function _coercedBigint(e,t){return new e({type:"bigint",coerce:true,...util.normalizeParams(t)})}function _int64(e,t){return new e({type:"bigint",check:"bigint_format",abort:false,format:"int64",...util.normalizeParams(t)})}function _uint64(e,t){return new e({type:"bigint",check:"bigint_format",abort:false,format:"uint64",...util.normalizeParams(t)})}function _symbol(e,t){return new e({type:"symbol",...util.normalizeParams(t)})}function api_undefined(e,t){return new e({type:"undefined",...util.normalizeParams(t)})}function api_null(e,t){return new e({type:"null",...util.normalizeParams(t)})}function _any(e){return new e({type:"any"})}function _unknown(e){return new e({type:"unknown"})}function _never(e,t){return new e({type:"never",...s.A2(t)})}function _void(e,t){return new e({type:"void",...util.normalizeParams(t)})}function _date(e,t){return new e({type:"date",...util.normalizeParams(t)})}function _coercedDate(e,t){return new e({type:"date",coerce:true,...util.normalizeParams(t)})}function _nan(e,t){return new e({type:"nan",...util.normalizeParams(t)})}function _lt(e,t){return new _e({check:"less_than",...s.A2(t),value:e,inclusive:false})}function _lte(e,t){return new _e({check:"less_than",...s.A2(t),value:e,inclusive:true})}function _gt(e,t){return new xe({check:"greater_than",...s.A2(t),value:e,inclusive:false})}function _gte(e,t){return new xe({check:"greater_than",...s.A2(t),value:e,inclusive:true})}function _positive(e){return _gt(0,e)}function _negative(e){return _lt(0,e)}function _nonpositive(e){return _lte(0,e)}function _nonnegative(e){return _gte(0,e)}function _multipleOf(e,t){return new ke({check:"multiple_of",...s.A2(t),value:e})}function _maxSize(e,t){return new checks.$ZodCheckMaxSize({check:"max_size",...util.normalizeParams(t),maximum:e})}function _minSize(e,t){return new checks.$ZodCheckMinSize({check:"min_size",...util.normalizeParams(t),minimum:e})}function _size(e,t){return new checks.$ZodCheckSizeEquals({check:"size_equals",...util.normalizeParams(t),size:e})}function _maxLength(e,t){const r=new Ae({check:"max_length",...s.A2(t),maximum:e});return r}function _minLength(e,t){return new Te({check:"min_length",...s.A2(t),minimum:e})}function _length(e,t){return new Ie({check:"length_equals",...s.A2(t),length:e})}function _regex(e,t){return new ze({check:"string_format",format:"regex",...s.A2(t),pattern:e})}function _lowercase(e){return new Ce({check:"string_format",format:"lowercase",...s.A2(e)})}function _uppercase(e){return new Le({check:"string_format",format:"uppercase",...s.A2(e)})}function _includes(e,t){return new Me({check:"string_format",format:"includes",...s.A2(t),includes:e})}function _startsWith(e,t){return new je({check:"string_format",format:"starts_with",...s.A2(t),prefix:e})}function _endsWith(e,t){return new De({check:"string_format",format:"ends_with",...s.A2(t),suffix:e})}function _property(e,t,r){return new checks.$ZodCheckProperty({check:"property",property:e,schema:t,...util.normalizeParams(r)})}function _properties(e,t){return new Xe({check:"properties",shape:e,...s.A2(t)})}function _mime(e,t){return new checks.$ZodCheckMimeType({check:"mime_type",mime:e,...util.normalizeParams(t)})}function _overwrite(e){return new Ue({check:"overwrite",tx:e})}function _normalize(e){return _overwrite(t=>t.normalize(e))}function _trim(){return _overwrite(e=>e.trim())}function _toLowerCase(){return _overwrite(e=>e.toLowerCase())}function _toUpperCase(){return _overwrite(e=>e.toUpperCase())}function _slugify(){return _overwrite(e=>s.Yv(e))}function _array(e,t,r){return new e({type:"array",element:t,...s.A2(r)})}function _union(e,t,r){return new e({type:"union",options:t,...util.normalizeParams(r)})}function _xor(e,t,r){return new e({type:"union",options:t,inclusive:false,...util.normalizeParams(r)})}function _discriminatedUnion(e,t,r,n){return new e({type:"union",options:r,discriminator:t,...util.normalizeParams(n)})}function _intersection(e,t,r){return new e({type:"intersection",left:t,right:r})}function _tuple(e,t,r,n){const s=r instanceof schemas.$ZodType;const i=s?n:r;const o=s?r:null;return new e({type:"tuple",items:t,rest:o,...util.normalizeParams(i)})}function _record(e,t,r,n){return new e({type:"record",keyType:t,valueType:r,...util.normalizeParams(n)})}function _map(e,t,r,n){return new e({type:"map",keyType:t,valueType:r,...util.normalizeParams(n)})}function _set(e,t,r){return new e({type:"set",valueType:t,...util.normalizeParams(r)})}function _enum(e,t,r){const n=Array.isArray(t)?Object.fromEntries(t.map(e=>[e,e])):t;return new e({type:"enum",entries:n,...util.normalizeParams(r)})}function _nativeEnum(e,t,r){return new e({type:"enum",entries:t,...util.normalizeParams(r)})}function _literal(e,t,r){return new e({type:"literal",values:Array.isArray(t)?t:[t],...util.normalizeParams(r)})}function _file(e,t){return new e({type:"file",...util.normalizeParams(t)})}function _transform(e,t){return new e({type:"transform",transform:t})}function _optional(e,t){return new e({type:"optional",innerType:t})}function _nullable(e,t){return new e({type:"nullable",innerType:t})}function _default(e,t,r){return new e({type:"default",innerType:t,get defaultValue(){return typeof r==="function"?r():util.shallowClone(r)}})}function _nonoptional(e,t,r){return new e({type:"nonoptional",innerType:t,...util.normalizeParams(r)})}function _success(e,t){return new e({type:"success",innerType:t})}function _catch(e,t,r){return new e({type:"catch",innerType:t,catchValue:typeof r==="function"?r:util.constantCatch(r)})}function _pipe(e,t,r){return new e({type:"pipe",in:t,out:r})}function _readonly(e,t){return new e({type:"readonly",innerType:t})}function _templateLiteral(e,t,r){return new e({type:"template_literal",parts:t,...util.normalizeParams(r)})}function _lazy(e,t){return new e({type:"lazy",getter:t})}function _promise(e,t){return new e({type:"promise",innerType:t})}function _custom(e,t,r){const n=util.normalizeParams(r);n.abort??(n.abort=true);const s=new e({type:"custom",check:"custom",fn:t,...n});return s}function _refine(e,t,r){const n=new e({type:"custom",check:"custom",fn:t,...s.A2(r)});return n}function _superRefine(e,t){const r=_check(t=>{t.addIssue=e=>{if(typeof e==="string"){t.issues.push(s.sn(e,t.value,r._zod.def))}else{const n=e;if(n.fatal)n.continue=false;n.code??(n.code="custom");if(!("input"in n))n.input=t.value;n.inst??(n.inst=r);n.continue??(n.continue=!r._zod.def.abort);t.issues.push(s.sn(n))}};return e(t.value,t)},t);return r}function _check(e,t){const r=new Oe({check:"custom",...s.A2(t)});r._zod.check=e;return r}function describe(e){const t=new Oe({check:"describe"});t._zod.onattach=[t=>{const r=$r.get(t)??{};$r.add(t,{...r,description:e})}];t._zod.check=()=>{};return t}function meta(e){const t=new Oe({check:"meta"});t._zod.onattach=[t=>{const r=$r.get(t)??{};$r.add(t,{...r,...e})}];t._zod.check=()=>{};return t}function _stringbool(e,t){const r=util.normalizeParams(t);let n=r.truthy??["true","1","yes","on","y","enabled"];let s=r.falsy??["false","0","no","off","n","disabled"];if(r.case!=="sensitive"){n=n.map(e=>typeof e==="string"?e.toLowerCase():e);s=s.map(e=>typeof e==="string"?e.toLowerCase():e)}const i=new Set(n);const o=new Set(s);const a=e.Codec??schemas.$ZodCodec;const c=e.Boolean??schemas.$ZodBoolean;const l=e.String??schemas.$ZodString;const u=new l({type:"string",error:r.error});const f=new c({type:"boolean",error:r.error});const p=new a({type:"pipe",in:u,out:f,transform:(e,t)=>{let n=e;if(r.case!=="sensitive")n=n.toLowerCase();if(i.has(n)){return true}else if(o.has(n)){return false}else{t.issues.push({code:"invalid_value",expected:"stringbool",values:[...i,...o],input:t.value,inst:p,continue:false});return{}}},reverseTransform:(e,t)=>{if(e===true){return n[0]||"true"}else{return s[0]||"false"}},error:r.error});p._zod.bag.truthy=n;p._zod.bag.falsy=s;p._zod.bag.case=r.case??"insensitive";return p}function _stringFormat(e,t,r,n={}){const s=util.normalizeParams(n);const i={check:"string_format",type:"string",format:t,fn:typeof r==="function"?r:e=>r.test(e),...s};if(r instanceof RegExp){i.pattern=r}const o=new e(i);return o}function assignProps(e,...t){for(const r of t){for(const t of Reflect.ownKeys(r)){if(Object.prototype.propertyIsEnumerable.call(r,t)){(0,s.Vy)(e,t,r[t])}}}return e}function to_json_schema_initializeContext(e){let t=e?.target??"draft-2020-12";if(t==="draft-4")t="draft-04";if(t==="draft-7")t="draft-07";return{processors:e.processors??{},metadataRegistry:e?.metadata??$r,target:t,unrepresentable:e?.unrepresentable??"throw",override:e?.override??(()=>{}),io:e?.io??"output",counter:0,seen:new Map,sharedDefsExtractedFor:undefined,sharedEmitDoneFor:undefined,cycles:e?.cycles??"ref",reused:e?.reused??"inline",intersections:[],deferred:[],external:e?.external??undefined}}function handleUnrepresentable(e,t,r,n,s){const i=typeof t.unrepresentable==="function"?t.unrepresentable({zodSchema:e,path:n.path,message:s}):t.unrepresentable;if(i==="any")return false;if(i===undefined||i==="throw")throw new Error(s);Object.assign(r,i);return true}function to_json_schema_processSchema(e,t,r={path:[],schemaPath:[]}){var n;const s=e._zod.def;const i=t.seen.get(e);if(i){i.count++;const t=r.schemaPath.includes(e);if(t){i.cycle=r.path}return i.schema}const o={schema:{},count:1,cycle:undefined,path:r.path};t.seen.set(e,o);t.sharedDefsExtractedFor=undefined;t.sharedEmitDoneFor=undefined;const a=e._zod.toJSONSchema?.();if(a){o.schema=a}else{const n={...r,schemaPath:[...r.schemaPath,e],path:r.path};if(e._zod.processJSONSchema){e._zod.processJSONSchema(t,o.schema,n)}else{const r=o.schema;const i=t.processors[s.type];if(!i){throw new Error(`[toJSONSchema]: Non-representable type encountered: ${s.type}`)}i(e,t,r,n)}const i=e._zod.parent;if(i){if(!o.ref)o.ref=i;to_json_schema_processSchema(i,t,n);t.seen.get(i).isParent=true}}const c=t.metadataRegistry.get(e);if(c)assignProps(o.schema,c);if(t.io==="input"&&isTransforming(e)){delete o.schema.examples;delete o.schema.default}if(t.io==="input"&&"_prefault"in o.schema)(n=o.schema).default??(n.default=o.schema._prefault);delete o.schema._prefault;const l=t.seen.get(e);return l.schema}function encodeJSONPointerSegment(e){return e.replace(/~/g,"~0").replace(/\//g,"~1")}function to_json_schema_extractDefs(e,t){const r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");if(e.external&&e.sharedDefsExtractedFor===e.external)return;const n=new Map;for(const t of e.seen.entries()){const r=e.metadataRegistry.get(t[0])?.id;if(r){const e=n.get(r);if(e&&e!==t[0]){throw new Error(`Duplicate schema id "${r}" detected during JSON Schema conversion. Two different schemas cannot share the same id when converted together.`)}n.set(r,t[0])}}const makeURI=t=>{const n=e.target==="draft-2020-12"?"$defs":"definitions";if(e.external){const r=e.external.registry.get(t[0])?.id;const s=e.external.uri??(e=>e);if(r){return{ref:s(r)}}const i=t[1].defId??t[1].schema.id??`schema${e.counter++}`;t[1].defId=i;return{defId:i,ref:`${s("__shared")}#/${n}/${encodeJSONPointerSegment(i)}`}}const s=`#`;const i=`${s}/${n}/`;if(t[1]===r&&!t[1].schema.id){return{ref:s}}const o=t[1].schema.id??`__schema${e.counter++}`;return{defId:o,ref:i+encodeJSONPointerSegment(o)}};const extractToDef=e=>{if(e[1].schema.$ref){return}const t=e[1];const{ref:r,defId:n}=makeURI(e);t.def={...t.schema};if(n)t.defId=n;const s=t.schema;for(const e in s){delete s[e]}s.$ref=r};if(e.cycles==="throw"){for(const t of e.seen.entries()){const e=t[1];if(e.cycle){throw new Error("Cycle detected: "+`#/${e.cycle?.join("/")}/<root>`+'\n\nSet the `cycles` parameter to `"ref"` to resolve cyclical schemas with defs.')}}}for(const r of e.seen.entries()){const n=r[1];if(t===r[0]){extractToDef(r);continue}if(e.external){const n=e.external.registry.get(r[0])?.id;if(t!==r[0]&&n){extractToDef(r);continue}}const s=e.metadataRegistry.get(r[0])?.id;if(s){extractToDef(r);continue}if(n.cycle){extractToDef(r);continue}if(n.count>1){if(e.reused==="ref"){extractToDef(r)}}}if(e.external)e.sharedDefsExtractedFor=e.external}function compactTypeUnion(e){const t=e.anyOf;if(!Array.isArray(t)||t.length===0||e.type!==undefined)return;const r=[];for(const e of t){if(!e||typeof e!=="object")return;compactTypeUnion(e);const t=Object.keys(e);if(t.length!==1||t[0]!=="type")return;const n=e.type;for(const e of Array.isArray(n)?n:[n]){if(typeof e!=="string")return;if(!r.includes(e))r.push(e)}}delete e.anyOf;e.type=r.length===1?r[0]:r}const Er=new Set(["type","properties","required","additionalProperties"]);const Nr=["oneOf","anyOf"];function undeclaredConstraint(e){const t=e.additionalProperties;if(t===undefined||t===false||typeof t!=="object"||t===null)return null;return Object.keys(t).length?t:null}function foldObjects(e){const t=[];for(const r of e){if(typeof r!=="object"||r.type!=="object")return null;for(const e in r){if(!Er.has(e))return null}t.push(r)}const r={};const n=new Set;for(const e of t){for(const n in e.properties){if(Object.prototype.hasOwnProperty.call(r,n))continue;const e=[];for(const r of t){const t=r.properties?.[n]??undeclaredConstraint(r);if(t===null||t===undefined)continue;if(!e.some(e=>JSON.stringify(e)===JSON.stringify(t)))e.push(t)}const i=e.length===1?e[0]:foldObjects(e)??{allOf:e};(0,s.Vy)(r,n,i)}for(const t of e.required??[])n.add(t)}const i={type:"object",properties:r};if(n.size)i.required=[...n];if(t.every(e=>e.additionalProperties===false)){i.additionalProperties=false}else{const e=[];for(const r of t){const t=undeclaredConstraint(r);if(t&&!e.some(e=>JSON.stringify(e)===JSON.stringify(t)))e.push(t)}if(e.length===1)i.additionalProperties=e[0];else if(e.length>1)i.additionalProperties={allOf:e}}return i}function foldIntersection(e){const t=e.allOf;if(!Array.isArray(t)||t.length<2)return;for(const t of Er)if(t in e)return;const r=t.filter(e=>Nr.some(t=>Array.isArray(e[t])));let n=null;if(!r.length){n=foldObjects(t)}else{const e=r[0];const s=Nr.find(t=>Array.isArray(e[t]));if(Object.keys(e).length!==1)return;const i=t.filter(t=>t!==e);const o=e[s].map(e=>foldObjects([...i,e]));if(o.some(e=>!e))return;n={[s]:o}}if(!n)return;delete e.allOf;assignProps(e,n)}function to_json_schema_finalize(e,t){const r=e.seen.get(t);if(!r)throw new Error("Unprocessed schema. This is a bug in Zod.");const flattenRef=t=>{const r=e.seen.get(t);if(r.ref===null)return;const n=r.def??r.schema;const s={...n};const i=r.ref;r.ref=null;if(i){flattenRef(i);const r=e.seen.get(i);const o=r.schema;if(o.$ref&&(e.target==="draft-07"||e.target==="draft-04"||e.target==="openapi-3.0")){n.allOf=n.allOf??[];n.allOf.push(o)}else{assignProps(n,o)}assignProps(n,s);const a=t._zod.parent===i;if(a){for(const e in n){if(e==="$ref"||e==="allOf")continue;if(!(e in s)){delete n[e]}}}if(o.$ref&&r.def){for(const e in n){if(e==="$ref"||e==="allOf")continue;if(e in r.def&&JSON.stringify(n[e])===JSON.stringify(r.def[e])){delete n[e]}}}}const o=t._zod.parent;if(o&&o!==i){flattenRef(o);const t=e.seen.get(o);if(t?.schema.$ref){n.$ref=t.schema.$ref;if(t.def){for(const e in n){if(e==="$ref"||e==="allOf")continue;if(e in t.def&&JSON.stringify(n[e])===JSON.stringify(t.def[e])){delete n[e]}}}}}e.override({zodSchema:t,jsonSchema:n,path:r.path??[]})};if(!e.external||e.sharedEmitDoneFor!==e.external){for(const t of[...e.seen.entries()].reverse()){flattenRef(t[0])}if(e.target!=="openapi-3.0"){for(const t of e.seen.entries()){compactTypeUnion(t[1].def??t[1].schema)}}for(const t of e.deferred)t();if(e.intersections.length){const t=new Map;for(const r of e.seen.values()){for(const e of[r.schema,r.def]){const r=e?.allOf;if(!Array.isArray(r))continue;const n=t.get(r);if(n)n.push(e);else t.set(r,[e])}}for(const r of e.intersections){for(const e of t.get(r)??[])foldIntersection(e)}}}const n={};if(e.target==="draft-2020-12"){n.$schema="https://json-schema.org/draft/2020-12/schema"}else if(e.target==="draft-07"){n.$schema="http://json-schema.org/draft-07/schema#"}else if(e.target==="draft-04"){n.$schema="http://json-schema.org/draft-04/schema#"}else if(e.target==="openapi-3.0"){}else{}if(e.external?.uri){const r=e.external.registry.get(t)?.id;if(!r)throw new Error("Schema is missing an `id` property");n.$id=e.external.uri(r)}assignProps(n,r.defId?r.schema:r.def??r.schema);const i=e.metadataRegistry.get(t)?.id;if(i!==undefined&&n.id===i)delete n.id;const o=e.external?.defs??{};if(!e.external||e.sharedEmitDoneFor!==e.external){for(const t of e.seen.entries()){const e=t[1];if(e.def&&e.defId){if(e.def.id===e.defId)delete e.def.id;(0,s.Vy)(o,e.defId,e.def)}}}if(e.external)e.sharedEmitDoneFor=e.external;if(e.external){}else{if(Object.keys(o).length>0){if(e.target==="draft-2020-12"){n.$defs=o}else{n.definitions=o}}}try{const r=JSON.parse(JSON.stringify(n));Object.defineProperty(r,"~standard",{value:{...t["~standard"],jsonSchema:{input:createStandardJSONSchemaMethod(t,"input",e.processors),output:createStandardJSONSchemaMethod(t,"output",e.processors)}},enumerable:false,writable:false});return r}catch(e){throw new Error("Error converting schema to JSON.")}}function isTransforming(e,t){const r=t??{seen:new Set};if(r.seen.has(e))return false;r.seen.add(e);const n=e._zod.def;if(n.type==="transform")return true;if(n.type==="array")return isTransforming(n.element,r);if(n.type==="set")return isTransforming(n.valueType,r);if(n.type==="lazy")return isTransforming(n.getter(),r);if(n.type==="promise"||n.type==="optional"||n.type==="nonoptional"||n.type==="nullable"||n.type==="readonly"||n.type==="default"||n.type==="prefault"||n.type==="catch"){return isTransforming(n.innerType,r)}if(n.type==="intersection"){return isTransforming(n.left,r)||isTransforming(n.right,r)}if(n.type==="record"||n.type==="map"){return isTransforming(n.keyType,r)||isTransforming(n.valueType,r)}if(n.type==="pipe"){if(e._zod.traits.has("$ZodCodec"))return true;return isTransforming(n.in,r)||isTransforming(n.out,r)}if(n.type==="object"){for(const e in n.shape){if(isTransforming(n.shape[e],r))return true}return false}if(n.type==="union"){for(const e of n.options){if(isTransforming(e,r))return true}return false}if(n.type==="tuple"){for(const e of n.items){if(isTransforming(e,r))return true}if(n.rest&&isTransforming(n.rest,r))return true;return false}return false}const createToJSONSchemaMethod=(e,t={})=>r=>{const n=to_json_schema_initializeContext({...r,processors:t});to_json_schema_processSchema(e,n);to_json_schema_extractDefs(n,e);return to_json_schema_finalize(n,e)};const createStandardJSONSchemaMethod=(e,t,r={})=>n=>{const{libraryOptions:s,target:i}=n??{};const o=to_json_schema_initializeContext({...s??{},target:i,io:t,processors:r});to_json_schema_processSchema(e,o);to_json_schema_extractDefs(o,e);return to_json_schema_finalize(o,e)};const narrowMin=(e,t,r)=>{if(e[t]===undefined||r>e[t])e[t]=r};const narrowMax=(e,t,r)=>{if(e[t]===undefined||r<e[t])e[t]=r};const narrowBoth=(e,t)=>{narrowMin(e,"minimum",t);narrowMax(e,"maximum",t)};const addDivisor=(e,t)=>{e.multipleOf??(e.multipleOf=[]);if(!e.multipleOf.includes(t))e.multipleOf.push(t)};const addPattern=(e,t)=>{e.patterns??(e.patterns=new Set);e.patterns.add(t)};const intersectMime=(e,t)=>{e.mime=e.mime?e.mime.filter(e=>t.includes(e)):[...t]};const setFormat=(e,t)=>{e.format=t;if(t.includes("int"))e.isInt=true};const minContributor=(e,t)=>narrowMin(e,"minimum",t.minimum);const maxContributor=(e,t)=>narrowMax(e,"maximum",t.maximum);const formatContributor=e=>(t,r)=>{setFormat(t,r.format);const[n,s]=e[r.format];narrowMin(t,"minimum",n);narrowMax(t,"maximum",s)};const Ar={greater_than:(e,t)=>narrowMin(e,t.inclusive?"minimum":"exclusiveMinimum",t.value),less_than:(e,t)=>narrowMax(e,t.inclusive?"maximum":"exclusiveMaximum",t.value),multiple_of:(e,t)=>addDivisor(e,t.value),number_format:formatContributor(s.zH),bigint_format:formatContributor(s.NR),min_length:minContributor,max_length:maxContributor,length_equals:(e,t)=>narrowBoth(e,t.length),min_size:minContributor,max_size:maxContributor,size_equals:(e,t)=>narrowBoth(e,t.size),string_format:(e,t)=>{setFormat(e,t.format);if(t.pattern)addPattern(e,t.pattern);if(t.format==="base64"||t.format==="base64url")e.contentEncoding=t.format;if(t.local||t.precision===-1)e.laxFormat=true},mime_type:(e,t)=>intersectMime(e,t.mime)};function aggregateChecks(e){const t={};const r=e._zod.def;const n=e._zod.traits.has("$ZodCheck")?[e,...r.checks??[]]:r.checks??[];for(const e of n)Ar[e._zod.def.check]?.(t,e._zod.def);const s=e._zod.bag;if(s.minimum!==undefined)narrowMin(t,"minimum",s.minimum);if(s.exclusiveMinimum!==undefined)narrowMin(t,"exclusiveMinimum",s.exclusiveMinimum);if(s.maximum!==undefined)narrowMax(t,"maximum",s.maximum);if(s.exclusiveMaximum!==undefined)narrowMax(t,"exclusiveMaximum",s.exclusiveMaximum);if(s.multipleOf!==undefined)addDivisor(t,s.multipleOf);if(s.format!==undefined){t.format??(t.format=s.format);if(s.format.includes("int"))t.isInt=true}if(s.mime)intersectMime(t,s.mime);for(const e of s.patterns??[])addPattern(t,e);return t}const Tr={guid:"uuid",url:"uri",datetime:"date-time",json_string:"json-string",regex:""};const Ir=new Map([[Ot,j],[_t,D]]);const exactPattern=e=>Ir.get(e)??e;const stringProcessor=(e,t,r,n)=>{const s=r;s.type="string";const{minimum:i,maximum:o,format:a,patterns:c,contentEncoding:l,laxFormat:u}=aggregateChecks(e);if(typeof i==="number")s.minLength=i;if(typeof o==="number")s.maxLength=o;if(a){s.format=Tr[a]??a;if(s.format==="")delete s.format;if(a==="time"||u){delete s.format}}if(l)s.contentEncoding=l;if(c&&c.size>0){const e=[...c].map(exactPattern);if(e.length===1)s.pattern=e[0].source;else if(e.length>1){s.allOf=[...e.map(e=>({...t.target==="draft-07"||t.target==="draft-04"||t.target==="openapi-3.0"?{type:"string"}:{},pattern:e.source}))]}}};const numberProcessor=(e,t,r,n)=>{const s=r;const{minimum:i,maximum:o,multipleOf:a,exclusiveMaximum:c,exclusiveMinimum:l,isInt:u}=aggregateChecks(e);s.type=u?"integer":"number";const f=typeof l==="number"&&l>=(i??Number.NEGATIVE_INFINITY);const p=typeof c==="number"&&c<=(o??Number.POSITIVE_INFINITY);const d=t.target==="draft-04"||t.target==="openapi-3.0";if(f){if(d){s.minimum=l;s.exclusiveMinimum=true}else{s.exclusiveMinimum=l}}else if(typeof i==="number"){s.minimum=i}if(p){if(d){s.maximum=c;s.exclusiveMaximum=true}else{s.exclusiveMaximum=c}}else if(typeof o==="number"){s.maximum=o}if(a){const r=new Set;for(const i of a){if(Number.isFinite(i)&&i!==0)r.add(Math.abs(i));else handleUnrepresentable(e,t,s,n,`A multipleOf divisor of ${i} cannot be represented in JSON Schema`)}const[i,...o]=r;if(i!==undefined)s.multipleOf=i;if(o.length)s.allOf=[...s.allOf??[],...o.map(e=>({multipleOf:e}))]}};const booleanProcessor=(e,t,r,n)=>{r.type="boolean"};const bigintProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"BigInt cannot be represented in JSON Schema")};const symbolProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"Symbols cannot be represented in JSON Schema")};const nullProcessor=(e,t,r,n)=>{if(t.target==="openapi-3.0"){r.type="string";r.nullable=true;r.enum=[null]}else{r.type="null"}};const undefinedProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"Undefined cannot be represented in JSON Schema")};const voidProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"Void cannot be represented in JSON Schema")};const neverProcessor=(e,t,r,n)=>{r.not={}};const anyProcessor=(e,t,r,n)=>{};const unknownProcessor=(e,t,r,n)=>{};const dateProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"Date cannot be represented in JSON Schema")};const enumProcessor=(e,t,r,n)=>{const i=e._zod.def;const o=(0,s.w5)(i.entries);if(o.length===0){r.not={};return}if(o.every(e=>typeof e==="number"))r.type="number";if(o.every(e=>typeof e==="string"))r.type="string";r.enum=o};const literalProcessor=(e,t,r,n)=>{const s=e._zod.def;if(s.values.length===0){r.not={};return}const i=[];for(const o of s.values){if(o===undefined){if(handleUnrepresentable(e,t,r,n,"Literal `undefined` cannot be represented in JSON Schema"))return}else if(typeof o==="bigint"){if(handleUnrepresentable(e,t,r,n,"BigInt literals cannot be represented in JSON Schema"))return;i.push(Number(o))}else{i.push(o)}}if(i.length===0){}else if(i.length===1){const e=i[0];r.type=e===null?"null":typeof e;if(t.target==="draft-04"||t.target==="openapi-3.0"){r.enum=[e]}else{r.const=e}}else{if(i.every(e=>typeof e==="number"))r.type="number";if(i.every(e=>typeof e==="string"))r.type="string";if(i.every(e=>typeof e==="boolean"))r.type="boolean";if(i.every(e=>e===null))r.type="null";r.enum=i}};const nanProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"NaN cannot be represented in JSON Schema")};const templateLiteralProcessor=(e,t,r,n)=>{const s=r;const i=e._zod.pattern;if(!i)throw new Error("Pattern not found in template literal");s.type="string";s.pattern=i.source};const fileProcessor=(e,t,r,n)=>{const s=r;s.type="string";s.format="binary";s.contentEncoding="binary";const{minimum:i,maximum:o,mime:a}=aggregateChecks(e);if(i!==undefined)s.minLength=i;if(o!==undefined)s.maxLength=o;if(!a)return;if(a.length===0)s.not={};else if(a.length===1)s.contentMediaType=a[0];else s.anyOf=a.map(e=>({contentMediaType:e}))};const successProcessor=(e,t,r,n)=>{r.type="boolean"};const customProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"Custom types cannot be represented in JSON Schema")};const functionProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"Function types cannot be represented in JSON Schema")};const transformProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"Transforms cannot be represented in JSON Schema")};const mapProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"Map cannot be represented in JSON Schema")};const setProcessor=(e,t,r,n)=>{handleUnrepresentable(e,t,r,n,"Set cannot be represented in JSON Schema")};const arrayProcessor=(e,t,r,n)=>{const s=r;const i=e._zod.def;const{minimum:o,maximum:a}=aggregateChecks(e);if(typeof o==="number")s.minItems=o;if(typeof a==="number")s.maxItems=a;s.type="array";s.items=to_json_schema_processSchema(i.element,t,{...n,path:[...n.path,"items"]})};function inputOptin(e){const t=e._zod.def;if(t.type==="pipe"&&t.in._zod.traits.has("$ZodTransform")){return inputOptin(t.out)}if(t.type==="catch"){return inputOptin(t.innerType)}return e._zod.optin}const objectProcessor=(e,t,r,n)=>{const i=r;const o=e._zod.def;const a=o.shape;const c=Object.getOwnPropertySymbols(a);if(c.length&&handleUnrepresentable(e,t,i,n,"Symbol keys cannot be represented in JSON Schema")){return}i.type="object";i.properties={};for(const e in a){(0,s.Vy)(i.properties,e,to_json_schema_processSchema(a[e],t,{...n,path:[...n.path,"properties",e]}))}const l=[];for(const e of Object.keys(a)){const r=o.shape[e];if(t.io==="input"?inputOptin(r)===undefined:r._zod.optout===undefined){l.push(e)}}if(l.length>0){i.required=l}if(o.catchall?._zod.def.type==="never"){i.additionalProperties=false}else if(!o.catchall){if(t.io==="output")i.additionalProperties=false}else if(o.catchall){i.additionalProperties=to_json_schema_processSchema(o.catchall,t,{...n,path:[...n.path,"additionalProperties"]})}};const unionProcessor=(e,t,r,n)=>{const s=e._zod.def;const i=s.inclusive===false;const o=s.options.map((e,r)=>to_json_schema_processSchema(e,t,{...n,path:[...n.path,i?"oneOf":"anyOf",r]}));if(i){r.oneOf=o}else{r.anyOf=o}};const intersectionProcessor=(e,t,r,n)=>{const s=e._zod.def;const i=to_json_schema_processSchema(s.left,t,{...n,path:[...n.path,"allOf",0]});const o=to_json_schema_processSchema(s.right,t,{...n,path:[...n.path,"allOf",1]});const isSimpleIntersection=e=>"allOf"in e&&Object.keys(e).length===1;const a=[...isSimpleIntersection(i)?i.allOf:[i],...isSimpleIntersection(o)?o.allOf:[o]];r.allOf=a;t.intersections.push(a)};const tupleProcessor=(e,t,r,n)=>{const s=r;const i=e._zod.def;s.type="array";const o=t.target==="draft-2020-12"?"prefixItems":"items";const a=t.target==="draft-2020-12"?"items":t.target==="openapi-3.0"?"items":"additionalItems";const c=i.items.map((e,r)=>to_json_schema_processSchema(e,t,{...n,path:[...n.path,o,r]}));const l=i.rest?to_json_schema_processSchema(i.rest,t,{...n,path:[...n.path,a,...t.target==="openapi-3.0"?[i.items.length]:[]]}):null;let u=i.items.length;while(u>0){const e=i.items[u-1];const r=t.io==="input"?inputOptin(e)!==undefined:e._zod.optout==="optional";if(!r)break;u--}const f=i.items.length;const p=!i.rest;if(t.target==="draft-2020-12"){s.prefixItems=c;if(p){s.items=false}else if(l){s.items=l}if(u>0)s.minItems=u;if(p)s.maxItems=f}else if(t.target==="openapi-3.0"){s.items={anyOf:c};if(l){s.items.anyOf.push(l)}if(u>0)s.minItems=u;if(p)s.maxItems=f}else{s.items=c;if(p){s.additionalItems=false}else if(l){s.additionalItems=l}if(u>0)s.minItems=u;if(p)s.maxItems=f}const{minimum:d,maximum:h}=aggregateChecks(e);if(typeof d==="number")s.minItems=d;if(typeof h==="number")s.maxItems=h};function stringifyKeyNames(e,t,r){if(t.$ref){if(r.has(t))return t;r.add(t);const n=e.get(t)?.def;if(!n)return t;const s=stringifyKeyNames(e,n,r);return s===n?t:s}for(const n of["anyOf","oneOf"]){const s=t[n];if(!Array.isArray(s))continue;const i=s.map(t=>stringifyKeyNames(e,t,r));if(i.some((e,t)=>e!==s[t]))t={...t,[n]:i}}const n=Array.isArray(t.type)?t.type:[t.type];const s=!n.includes("string")&&n.some(e=>e==="number"||e==="integer");const i=t.enum??(t.const!==undefined?[t.const]:undefined);if(!s&&!i?.some(e=>typeof e==="number"))return t;const{minimum:o,maximum:a,exclusiveMinimum:c,exclusiveMaximum:l,multipleOf:u,format:f,id:p,...d}=t;if(d.enum)d.enum=d.enum.map(e=>typeof e==="number"?String(e):e);else if(typeof d.const==="number")d.const=String(d.const);if(!s)return d;d.type="string";if(!i)d.pattern=(n.includes("number")?J:K).source;return d}const Rr=new WeakMap;function rewriteKeyNames(e){const t=new Map;for(const r of e.seen.values()){if(r.def&&!t.has(r.schema))t.set(r.schema,r)}const r=new Map;for(const n of Rr.get(e)??[]){const s=e.seen.get(n);const i=(s?.def??s?.schema)?.propertyNames;if(!i||i===true||r.has(i))continue;const o=stringifyKeyNames(t,i,new Set);if(o!==i)r.set(i,o)}if(!r.size)return;for(const t of e.seen.values()){for(const e of[t.schema,t.def]){const t=e&&r.get(e.propertyNames);if(t)e.propertyNames=t}}}const recordProcessor=(e,t,r,n)=>{const i=r;const o=e._zod.def;i.type="object";const a=o.keyType;const c=aggregateChecks(a).patterns;if(o.mode==="loose"&&c&&c.size>0){const e=to_json_schema_processSchema(o.valueType,t,{...n,path:[...n.path,"patternProperties","*"]});i.patternProperties={};for(const t of c){(0,s.Vy)(i.patternProperties,exactPattern(t).source,e)}}else{if(t.target==="draft-07"||t.target==="draft-2020-12"){i.propertyNames=to_json_schema_processSchema(o.keyType,t,{...n,path:[...n.path,"propertyNames"]});let r=Rr.get(t);if(!r){r=[];Rr.set(t,r);t.deferred.push(()=>rewriteKeyNames(t))}r.push(e)}i.additionalProperties=to_json_schema_processSchema(o.valueType,t,{...n,path:[...n.path,"additionalProperties"]})}const l=a._zod.values;const u=t.io==="input"&&inputOptin(o.valueType)!==undefined;if(l&&!o.partial&&!u){const e=[...l].filter(e=>typeof e==="string"||typeof e==="number");if(e.length>0){i.required=e.map(String)}}};const nullableProcessor=(e,t,r,n)=>{const s=e._zod.def;const i=to_json_schema_processSchema(s.innerType,t,n);const o=t.seen.get(e);if(t.target==="openapi-3.0"){o.ref=s.innerType;r.nullable=true}else{r.anyOf=[i,{type:"null"}]}};const nonoptionalProcessor=(e,t,r,n)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,n);const i=t.seen.get(e);i.ref=s.innerType};const zr=Symbol();function serializeDefaultValue(e,t,r,n,s){let i=false;const o=JSON.stringify(e,(e,t)=>{if(typeof t!=="bigint")return t;i=true;return null});if(!i)return JSON.parse(o);handleUnrepresentable(t,r,n,s,"BigInt defaults cannot be represented in JSON Schema");return zr}const defaultProcessor=(e,t,r,n)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,n);const i=t.seen.get(e);i.ref=s.innerType;const o=serializeDefaultValue(s.defaultValue,e,t,r,n);if(o!==zr)r.default=o};const prefaultProcessor=(e,t,r,n)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,n);const i=t.seen.get(e);i.ref=s.innerType;if(t.io!=="input")return;const o=serializeDefaultValue(s.defaultValue,e,t,r,n);if(o!==zr)r._prefault=o};const catchProcessor=(e,t,r,n)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,n);const i=t.seen.get(e);i.ref=s.innerType;let o;try{o=s.catchValue(undefined)}catch{handleUnrepresentable(e,t,r,n,"Dynamic catch values are not supported in JSON Schema");return}r.default=o};const pipeProcessor=(e,t,r,n)=>{const s=e._zod.def;const i=s.in._zod.traits.has("$ZodTransform");const o=t.io==="input"?i?s.out:s.in:s.out;to_json_schema_processSchema(o,t,n);const a=t.seen.get(e);a.ref=o};const readonlyProcessor=(e,t,r,n)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,n);const i=t.seen.get(e);i.ref=s.innerType;r.readOnly=true};const promiseProcessor=(e,t,r,n)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,n);const i=t.seen.get(e);i.ref=s.innerType};const optionalProcessor=(e,t,r,n)=>{const s=e._zod.def;to_json_schema_processSchema(s.innerType,t,n);const i=t.seen.get(e);i.ref=s.innerType};const lazyProcessor=(e,t,r,n)=>{const s=e._zod.innerType;to_json_schema_processSchema(s,t,n);const i=t.seen.get(e);i.ref=s};const Cr={string:stringProcessor,number:numberProcessor,boolean:booleanProcessor,bigint:bigintProcessor,symbol:symbolProcessor,null:nullProcessor,undefined:undefinedProcessor,void:voidProcessor,never:neverProcessor,any:anyProcessor,unknown:unknownProcessor,date:dateProcessor,enum:enumProcessor,literal:literalProcessor,nan:nanProcessor,template_literal:templateLiteralProcessor,file:fileProcessor,success:successProcessor,custom:customProcessor,function:functionProcessor,transform:transformProcessor,map:mapProcessor,set:setProcessor,array:arrayProcessor,object:objectProcessor,union:unionProcessor,intersection:intersectionProcessor,tuple:tupleProcessor,record:recordProcessor,nullable:nullableProcessor,nonoptional:nonoptionalProcessor,default:defaultProcessor,prefault:prefaultProcessor,catch:catchProcessor,pipe:pipeProcessor,readonly:readonlyProcessor,promise:promiseProcessor,optional:optionalProcessor,lazy:lazyProcessor};function toJSONSchema(e,t){if("_idmap"in e){const r=e;const n=initializeContext({...t,processors:Cr});const s={};for(const e of r._idmap.entries()){const[t,r]=e;processSchema(r,n)}const i={};const o={registry:r,uri:t?.uri,defs:s};n.external=o;for(const e of r._idmap.entries()){const[t,r]=e;extractDefs(n,r);assignProp(i,t,finalize(n,r))}if(Object.keys(s).length>0){const e=n.target==="draft-2020-12"?"$defs":"definitions";i.__shared={[e]:s}}return{schemas:i}}const r=initializeContext({...t,processors:Cr});processSchema(e,r);extractDefs(r,e);return finalize(r,e)}const error=()=>{const e={string:{unit:"characters",verb:"to have"},file:{unit:"bytes",verb:"to have"},array:{unit:"items",verb:"to have"},set:{unit:"items",verb:"to have"},map:{unit:"entries",verb:"to have"}};function getSizing(t){return e[t]??null}const t={regex:"input",email:"email address",url:"URL",emoji:"emoji",uuid:"UUID",uuidv4:"UUIDv4",uuidv6:"UUIDv6",nanoid:"nanoid",guid:"GUID",cuid:"cuid",cuid2:"cuid2",ulid:"ULID",xid:"XID",ksuid:"KSUID",datetime:"ISO datetime",date:"ISO date",time:"ISO time",duration:"ISO duration",ipv4:"IPv4 address",ipv6:"IPv6 address",mac:"MAC address",cidrv4:"IPv4 range",cidrv6:"IPv6 range",base64:"base64-encoded string",base64url:"base64url-encoded string",json_string:"JSON string",e164:"E.164 number",currency_code:"currency code",credit_card:"credit card number",iban:"IBAN",jwt:"JWT",template_literal:"input"};const r={nan:"NaN"};function getTypeName(e,t){if(e==="number"&&typeof t==="number"&&!Number.isFinite(t)){return String(t)}return r[e]??e}return e=>{switch(e.code){case"invalid_type":{const t=getTypeName(e.expected);const r=s.GW(e.input);const n=getTypeName(r,e.input);return`Invalid input: expected ${t}, received ${n}`}case"invalid_value":if(e.values.length===1)return`Invalid input: expected ${s.B7(e.values[0])}`;return`Invalid option: expected one of ${s.jw(e.values,"|")}`;case"too_big":{const t=e.exact?"exactly ":e.inclusive?"<=":"<";const r=getSizing(e.origin);if(r)return`Too big: expected ${e.origin??"value"} to have ${t}${e.maximum.toString()} ${r.unit??"elements"}`;return`Too big: expected ${e.origin??"value"} to be ${t}${e.maximum.toString()}`}case"too_small":{const t=e.exact?"exactly ":e.inclusive?">=":">";const r=getSizing(e.origin);if(r){return`Too small: expected ${e.origin} to have ${t}${e.minimum.toString()} ${r.unit}`}return`Too small: expected ${e.origin} to be ${t}${e.minimum.toString()}`}case"invalid_format":{const r=e;if(r.format==="starts_with"){return`Invalid string: must start with "${r.prefix}"`}if(r.format==="ends_with")return`Invalid string: must end with "${r.suffix}"`;if(r.format==="includes")return`Invalid string: must include "${r.includes}"`;if(r.format==="regex")return`Invalid string: must match pattern ${r.pattern}`;return`Invalid ${t[r.format]??e.format}`}case"not_multiple_of":return`Invalid number: must be a multiple of ${e.divisor}`;case"unrecognized_keys":return`Unrecognized key${e.keys.length>1?"s":""}: ${s.jw(e.keys,", ")}`;case"invalid_key":return`Invalid key in ${e.origin}`;case"invalid_union":if(e.options&&Array.isArray(e.options)&&e.options.length>0){const t=e.options.map(e=>`'${e}'`).join(" | ");return`Invalid discriminator value. Expected ${t}`}if(e.inclusive===false){return"Invalid input: more than one option matched"}return"Invalid input";case"invalid_element":return`Invalid value in ${e.origin}`;default:return`Invalid input`}}};function en(){return{localeError:error()}}function _getMessage(){const e=this._zod;e.message??(e.message=JSON.stringify(e.def,s.k8,2));return e.message}function _setMessage(e){this._zod.message=e}const Lr={get:_getMessage,set:_setMessage,enumerable:true,configurable:true};const Mr={value:undefined,enumerable:false};const jr=new WeakSet([Object.prototype,Error.prototype]);const initializer=(e,t)=>{e.name="$ZodError";Mr.value=t;Object.defineProperty(e,"issues",Mr);Mr.value=undefined;Object.defineProperty(e,"message",Lr);const r=Object.getPrototypeOf(e);if(!jr.has(r)){jr.add(r);Object.defineProperty(r,"toString",{configurable:true,enumerable:false,get(){const value=()=>this.message;Object.defineProperty(this,"toString",{value:value,configurable:true,writable:true});return value},set(e){Object.defineProperty(this,"toString",{value:e,configurable:true,writable:true})}})}};const Dr=(0,n.xI)("$ZodError",initializer);const Fr=(0,n.xI)("$ZodError",initializer,undefined,{Parent:Error});function node(e,t,r){if(!Object.prototype.hasOwnProperty.call(e,t)){if(t==="__proto__"){Object.defineProperty(e,t,{value:r(),writable:true,enumerable:true,configurable:true})}else{e[t]=r()}}return e[t]}function flattenError(e,t=e=>e.message){const r={};const n=[];for(const s of e.issues){if(s.path.length>0){node(r,s.path[0],()=>[]).push(t(s))}else{n.push(t(s))}}return{formErrors:n,fieldErrors:r}}function formatError(e,t=e=>e.message){const r={_errors:[]};const processError=(e,n=[])=>{for(const s of e.issues){if(s.code==="invalid_union"&&s.errors.length){s.errors.map(e=>processError({issues:e},[...n,...s.path]))}else if(s.code==="invalid_key"){processError({issues:s.issues},[...n,...s.path])}else if(s.code==="invalid_element"){processError({issues:s.issues},[...n,...s.path])}else{const e=[...n,...s.path];if(e.length===0){r._errors.push(t(s))}else{let n=r;let i=0;while(i<e.length){const r=e[i];const o=i===e.length-1;if(r==="_errors"){if(o)n._errors.push(t(s));i++;continue}if(!Object.prototype.hasOwnProperty.call(n,r)){Object.defineProperty(n,r,{value:{_errors:[]},enumerable:true,writable:true,configurable:true})}const a=n[r];if(o){a._errors.push(t(s))}n=a;i++}}}}};processError(e);return r}function treeifyError(e,t=e=>e.message){const r={errors:[]};const processError=(e,n=[])=>{var s;for(const i of e.issues){if(i.code==="invalid_union"&&i.errors.length){i.errors.map(e=>processError({issues:e},[...n,...i.path]))}else if(i.code==="invalid_key"){processError({issues:i.issues},[...n,...i.path])}else if(i.code==="invalid_element"){processError({issues:i.issues},[...n,...i.path])}else{const e=[...n,...i.path];if(e.length===0){r.errors.push(t(i));continue}let o=r;let a=0;while(a<e.length){const r=e[a];const n=a===e.length-1;if(typeof r==="string"){o.properties??(o.properties={});if(!Object.prototype.hasOwnProperty.call(o.properties,r)){Object.defineProperty(o.properties,r,{value:{errors:[]},enumerable:true,writable:true,configurable:true})}o=o.properties[r]}else{o.items??(o.items=[]);(s=o.items)[r]??(s[r]={errors:[]});o=o.items[r]}if(n){o.errors.push(t(i))}a++}}}};processError(e);return r}function toDotPath(e){const t=[];const r=e.map(e=>typeof e==="object"?e.key:e);for(const e of r){if(typeof e==="number")t.push(`[${e}]`);else if(typeof e==="symbol")t.push(`[${JSON.stringify(String(e))}]`);else if(/[^\w$]/.test(e))t.push(`[${JSON.stringify(e)}]`);else{if(t.length)t.push(".");t.push(e)}}return t.join("")}function prettifyError(e){const t=[];const r=[...e.issues].sort((e,t)=>(e.path??[]).length-(t.path??[]).length);for(const e of r){t.push(`✖ ${e.message}`);if(e.path?.length)t.push(`  → at ${toDotPath(e.path)}`)}return t.join("\n")}function finalizeParams(e,t){return{callee:t?.callee??e,Err:t?.Err}}const _parse=e=>{const fn=(t,r,i,o)=>{const a=i?{...i,async:false}:{async:false};const c=t._zod.run({value:r,issues:[]},a);if(c instanceof Promise){throw new n.GT}if(c.issues.length){const t=new(o?.Err??e)(c.issues.map(e=>s.iR(e,a,n.$W())));s.gx(t,o?.callee??fn);throw t}return c.value};return fn};const Xr=_parse(Fr);const _parseAsync=e=>{const fn=async(t,r,i,o)=>{const a=i?{...i,async:true}:{async:true};let c=t._zod.run({value:r,issues:[]},a);if(c instanceof Promise)c=await c;if(c.issues.length){const t=new(o?.Err??e)(c.issues.map(e=>s.iR(e,a,n.$W())));s.gx(t,o?.callee??fn);throw t}return c.value};return fn};const Qr=_parseAsync(Fr);const _safeParse=e=>(t,r,s)=>{const i=s?{...s,async:false}:{async:false};const o=t._zod.run({value:r,issues:[]},i);if(o instanceof Promise){throw new n.GT}return o.issues.length?failure(e,o.issues,i):{success:true,data:o.value}};const Ur=_safeParse(Fr);function failure(e,t,r){let i;return{success:false,get error(){if(!i){i=new e(t.map(e=>s.iR(e,r,n.$W())));t=undefined;r=undefined}return i},set error(e){i=e;t=undefined;r=undefined}}}const _safeParseAsync=e=>async(t,r,n)=>{const s=n?{...n,async:true}:{async:true};let i=t._zod.run({value:r,issues:[]},s);if(i instanceof Promise)i=await i;return i.issues.length?failure(e,i.issues,s):{success:true,data:i.value}};const Br=_safeParseAsync(Fr);const qr=Symbol.for("zod.compile.invalid");const Zr=Symbol.for("zod.compile.fallback");const validate=(e,t,r)=>{const n=e._zod.bag.validator;if(n!==undefined){if(n(t)!==qr)return true;if(n.definite===true&&r===undefined)return false}return validateFallback(e,t,r)};function validateFallback(e,t,r){const s=r?{...r,async:false,abortEarly:true}:{async:false,abortEarly:true};const i=e._zod.bag.fallbackRun;let o;if(i){s[Zr]=true;o=i({value:t,issues:[]},s)}else{o=e._zod.run({value:t,issues:[]},s)}if(o instanceof Promise){throw new n.GT}return o.issues.length===0}const parse_validateAsync=async(e,t,r)=>{const n=r?{...r,async:true,abortEarly:true}:{async:true,abortEarly:true};let s=e._zod.run({value:t,issues:[]},n);if(s instanceof Promise)s=await s;return s.issues.length===0};const _encode=e=>{const t=_parse(e);const fn=(e,r,n,s)=>{const i=n?{...n,direction:"backward"}:{direction:"backward"};return t(e,r,i,finalizeParams(fn,s))};return fn};const Gr=_encode(Fr);const _decode=e=>{const t=_parse(e);const fn=(e,r,n,s)=>t(e,r,n,finalizeParams(fn,s));return fn};const Vr=_decode(Fr);const _encodeAsync=e=>{const t=_parseAsync(e);const fn=async(e,r,n,s)=>{const i=n?{...n,direction:"backward"}:{direction:"backward"};return await t(e,r,i,finalizeParams(fn,s))};return fn};const Yr=_encodeAsync(Fr);const _decodeAsync=e=>{const t=_parseAsync(e);const fn=async(e,r,n,s)=>await t(e,r,n,finalizeParams(fn,s));return fn};const Wr=_decodeAsync(Fr);const _safeEncode=e=>(t,r,n)=>{const s=n?{...n,direction:"backward"}:{direction:"backward"};return _safeParse(e)(t,r,s)};const Kr=_safeEncode(Fr);const _safeDecode=e=>(t,r,n)=>_safeParse(e)(t,r,n);const Jr=_safeDecode(Fr);const _safeEncodeAsync=e=>async(t,r,n)=>{const s=n?{...n,direction:"backward"}:{direction:"backward"};return _safeParseAsync(e)(t,r,s)};const Hr=_safeEncodeAsync(Fr);const _safeDecodeAsync=e=>async(t,r,n)=>_safeParseAsync(e)(t,r,n);const tn=_safeDecodeAsync(Fr);const rn=new WeakSet([Object.prototype,Error.prototype]);function _lazyMethod(e,t,r){Object.defineProperty(e,t,{configurable:true,enumerable:false,get(){const e=r(this);Object.defineProperty(this,t,{value:e,configurable:true,writable:true});return e},set(e){Object.defineProperty(this,t,{value:e,configurable:true,writable:true})}})}const errors_initializer=(e,t)=>{Dr.init(e,t);e.name="ZodError";const r=Object.getPrototypeOf(e);if(rn.has(r))return;rn.add(r);_lazyMethod(r,"format",e=>t=>formatError(e,t));_lazyMethod(r,"flatten",e=>t=>flattenError(e,t));_lazyMethod(r,"addIssue",e=>t=>{e.issues.push(t);e.message=JSON.stringify(e.issues,s.k8,2)});_lazyMethod(r,"addIssues",e=>t=>{e.issues.push(...t);e.message=JSON.stringify(e.issues,s.k8,2)});Object.defineProperty(r,"isEmpty",{configurable:true,enumerable:false,get(){return this.issues.length===0}})};const nn=null&&core.$constructor("ZodError",errors_initializer);const sn=n.xI("ZodError",errors_initializer,undefined,{Parent:Error});const on=_parse(sn);const an=_parseAsync(sn);const cn=_safeParse(sn);const un=_safeParseAsync(sn);const pn=_encode(sn);const dn=_decode(sn);const hn=_encodeAsync(sn);const mn=_decodeAsync(sn);const gn=_safeEncode(sn);const vn=_safeDecode(sn);const yn=_safeEncodeAsync(sn);const bn=_safeDecodeAsync(sn);function _ensureDefaultLocale(){if(!n.cr.localeError)n.$W(en())}function _ensureDefaultMemoizer(){if(!n.cr.memoizer)n.$W({memoizer:memoizer()})}const On=n.xI("ZodType",(e,t)=>{_ensureDefaultLocale();qe.init(e,t);e.def=t;e.type=t.type;return e},{check(...e){const t=this.def;return this.clone(s.zM(t,{checks:[...t.checks??[],...e.map(e=>typeof e==="function"?{_zod:{check:e,def:{check:"custom"},onattach:[]}}:e)]}),{parent:true})},with(...e){return this.check(...e)},clone(e,t){return s.o8(this,e,t)},brand(){return this},register(e,t){e.add(this,t);return this},refine(e,t){return this.check(refine(e,t))},superRefine(e,t){return this.check(superRefine(e,t))},overwrite(e){return this.check(_overwrite(e))},optional(){return optional(this)},exactOptional(){return exactOptional(this)},nullable(){return nullable(this)},nullish(){return optional(nullable(this))},nonoptional(e){return nonoptional(this,e)},array(){return array(this)},or(e){return union([this,e])},and(e){return intersection(this,e)},transform(e){return pipe(this,transform(e))},default(e){return schemas_default(this,e)},prefault(e){return prefault(this,e)},catch(e){return schemas_catch(this,e)},pipe(e){return pipe(this,e)},readonly(){return readonly(this)},describe(e){const t=this.clone();$r.add(t,{description:e});return t},meta(...e){if(e.length===0)return $r.get(this);const t=this.clone();$r.add(t,e[0]);return t},isOptional(){return this.safeParse(undefined).success},isNullable(){return this.safeParse(null).success},apply(e,...t){return t.length===0?e(this):e(this,...t)},get"~standard"(){return s.jD(this,"~standard",{...standardProps(this),jsonSchema:{input:createStandardJSONSchemaMethod(this,"input"),output:createStandardJSONSchemaMethod(this,"output")}})},set"~standard"(e){s.qh(this,"~standard",e)},parse:function _parse(e,t){return on(this,e,t,{callee:_parse})},parseAsync:async function _parseAsync(e,t){return await an(this,e,t,{callee:_parseAsync})},safeParse(e,t){return cn(this,e,t)},async safeParseAsync(e,t){return un(this,e,t)},get spa(){return this?.safeParseAsync},set spa(e){s.qh(this,"spa",e)},validate(e,t){return validate(this,e,t)},validateAsync(e,t){return parse_validateAsync(this,e,t)},encode:function _encode(e,t){return pn(this,e,t,{callee:_encode})},decode:function _decode(e,t){return dn(this,e,t,{callee:_decode})},encodeAsync:async function _encodeAsync(e,t){return await hn(this,e,t,{callee:_encodeAsync})},decodeAsync:async function _decodeAsync(e,t){return await mn(this,e,t,{callee:_decodeAsync})},safeEncode(e,t){return gn(this,e,t)},safeDecode(e,t){return vn(this,e,t)},async safeEncodeAsync(e,t){return yn(this,e,t)},async safeDecodeAsync(e,t){return bn(this,e,t)},toJSONSchema(e){return createToJSONSchemaMethod(this,{})(e)},get description(){return $r.get(this)?.description},get _def(){return this._zod.def}});const wn=n.xI("_ZodString",(e,t)=>{Ze.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>stringProcessor(e,t,r,n)},s.un({format:e=>aggregateChecks(e).format??null,minLength:e=>aggregateChecks(e).minimum??null,maxLength:e=>aggregateChecks(e).maximum??null},{regex(...e){return this.check(_regex(...e))},includes(...e){return this.check(_includes(...e))},startsWith(...e){return this.check(_startsWith(...e))},endsWith(...e){return this.check(_endsWith(...e))},min(...e){return this.check(_minLength(...e))},max(...e){return this.check(_maxLength(...e))},length(...e){return this.check(_length(...e))},nonempty(...e){return this.check(_minLength(1,...e))},lowercase(e){return this.check(_lowercase(e))},uppercase(e){return this.check(_uppercase(e))},trim(){return this.check(_trim())},normalize(...e){return this.check(_normalize(...e))},toLowerCase(){return this.check(_toLowerCase())},toUpperCase(){return this.check(_toUpperCase())},slugify(){return this.check(_slugify())}}));const _n=n.xI("ZodString",(e,t)=>{Ze.init(e,t);wn.init(e,t)},{email(e){return this.check(_email(En,e))},url(e){return this.check(_url(Tn,e))},jwt(e){return this.check(_jwt(Yn,e))},emoji(e){return this.check(api_emoji(In,e))},guid(e){return this.check(_guid(Nn,e))},uuid(e){return this.check(_uuid(An,e))},uuidv4(e){return this.check(_uuidv4(An,e))},uuidv6(e){return this.check(_uuidv6(An,e))},uuidv7(e){return this.check(_uuidv7(An,e))},nanoid(e){return this.check(_nanoid(Rn,e))},cuid(e){return this.check(_cuid(zn,e))},cuid2(e){return this.check(_cuid2(Cn,e))},ulid(e){return this.check(_ulid(Ln,e))},base64(e){return this.check(_base64(Bn,e))},base64url(e){return this.check(_base64url(qn,e))},xid(e){return this.check(_xid(Mn,e))},ksuid(e){return this.check(_ksuid(jn,e))},ipv4(e){return this.check(_ipv4(Dn,e))},ipv6(e){return this.check(_ipv6(Xn,e))},cidrv4(e){return this.check(_cidrv4(Qn,e))},cidrv6(e){return this.check(_cidrv6(Un,e))},e164(e){return this.check(_e164(Zn,e))},datetime(e){return this.check(_isoDateTime(kn,e))},date(e){return this.check(_isoDate(Sn,e))},time(e){return this.check(_isoTime($n,e))},duration(e){return this.check(_isoDuration(Pn,e))}});function schemas_string(e){return _string(_n,e)}const xn=n.xI("ZodStringFormat",(e,t)=>{Ge.init(e,t);wn.init(e,t)});const kn=n.xI("ZodISODateTime",(e,t)=>{ct.init(e,t);xn.init(e,t)});const Sn=n.xI("ZodISODate",(e,t)=>{ut.init(e,t);xn.init(e,t)});const $n=n.xI("ZodISOTime",(e,t)=>{ft.init(e,t);xn.init(e,t)});const Pn=n.xI("ZodISODuration",(e,t)=>{pt.init(e,t);xn.init(e,t)});const En=n.xI("ZodEmail",(e,t)=>{We.init(e,t);xn.init(e,t)});function schemas_email(e){return core._email(En,e)}const Nn=n.xI("ZodGUID",(e,t)=>{Ve.init(e,t);xn.init(e,t)});function schemas_guid(e){return core._guid(Nn,e)}const An=n.xI("ZodUUID",(e,t)=>{Ye.init(e,t);xn.init(e,t)});function schemas_uuid(e){return core._uuid(An,e)}function uuidv4(e){return core._uuidv4(An,e)}function uuidv6(e){return core._uuidv6(An,e)}function uuidv7(e){return core._uuidv7(An,e)}const Tn=n.xI("ZodURL",(e,t)=>{et.init(e,t);xn.init(e,t)});function url(e){return core._url(Tn,e)}function httpUrl(e){return core._url(Tn,{protocol:regexes.httpProtocol,hostname:regexes.domain,...util.normalizeParams(e)})}const In=n.xI("ZodEmoji",(e,t)=>{tt.init(e,t);xn.init(e,t)});function schemas_emoji(e){return core._emoji(In,e)}const Rn=n.xI("ZodNanoID",(e,t)=>{rt.init(e,t);xn.init(e,t)});function schemas_nanoid(e){return core._nanoid(Rn,e)}const zn=n.xI("ZodCUID",(e,t)=>{nt.init(e,t);xn.init(e,t)});function schemas_cuid(e){return core._cuid(zn,e)}const Cn=n.xI("ZodCUID2",(e,t)=>{st.init(e,t);xn.init(e,t)});function schemas_cuid2(e){return core._cuid2(Cn,e)}const Ln=n.xI("ZodULID",(e,t)=>{it.init(e,t);xn.init(e,t)});function schemas_ulid(e){return core._ulid(Ln,e)}const Mn=n.xI("ZodXID",(e,t)=>{ot.init(e,t);xn.init(e,t)});function schemas_xid(e){return core._xid(Mn,e)}const jn=n.xI("ZodKSUID",(e,t)=>{at.init(e,t);xn.init(e,t)});function schemas_ksuid(e){return core._ksuid(jn,e)}const Dn=n.xI("ZodIPv4",(e,t)=>{dt.init(e,t);xn.init(e,t)});function schemas_ipv4(e){return core._ipv4(Dn,e)}const Fn=null&&core.$constructor("ZodMAC",(e,t)=>{core.$ZodMAC.init(e,t);xn.init(e,t)});function schemas_mac(e){return core._mac(Fn,e)}const Xn=n.xI("ZodIPv6",(e,t)=>{mt.init(e,t);xn.init(e,t)});function schemas_ipv6(e){return core._ipv6(Xn,e)}const Qn=n.xI("ZodCIDRv4",(e,t)=>{yt.init(e,t);xn.init(e,t)});function schemas_cidrv4(e){return core._cidrv4(Qn,e)}const Un=n.xI("ZodCIDRv6",(e,t)=>{bt.init(e,t);xn.init(e,t)});function schemas_cidrv6(e){return core._cidrv6(Un,e)}const Bn=n.xI("ZodBase64",(e,t)=>{wt.init(e,t);xn.init(e,t)});function schemas_base64(e){return core._base64(Bn,e)}const qn=n.xI("ZodBase64URL",(e,t)=>{xt.init(e,t);xn.init(e,t)});function schemas_base64url(e){return core._base64url(qn,e)}const Zn=n.xI("ZodE164",(e,t)=>{kt.init(e,t);xn.init(e,t)});function schemas_e164(e){return core._e164(Zn,e)}const Gn=null&&core.$constructor("ZodCreditCard",(e,t)=>{core.$ZodCreditCard.init(e,t);xn.init(e,t)});function schemas_creditCard(e){return core._creditCard(Gn,e)}const Vn=null&&core.$constructor("ZodIBAN",(e,t)=>{core.$ZodIBAN.init(e,t);xn.init(e,t)});function schemas_iban(e){return core._iban(Vn,e)}const Yn=n.xI("ZodJWT",(e,t)=>{Et.init(e,t);xn.init(e,t)});function jwt(e){return core._jwt(Yn,e)}const Wn=null&&core.$constructor("ZodCustomStringFormat",(e,t)=>{core.$ZodCustomStringFormat.init(e,t);xn.init(e,t)});function stringFormat(e,t,r={}){return core._stringFormat(Wn,e,t,r)}function schemas_hostname(e){return core._stringFormat(Wn,"hostname",regexes.hostname,e)}function schemas_hex(e){return core._stringFormat(Wn,"hex",regexes.hex,e)}function schemas_currencyCode(e){return core._stringFormat(Wn,"currency_code",regexes.currencyCode,e)}function hash(e,t){const r=t?.enc??"hex";const n=`${e}_${r}`;const s=core.regexes[n];if(!s)throw new Error(`Unrecognized hash format: ${n}`);return core._stringFormat(Wn,n,s,t)}const Kn=n.xI("ZodNumber",(e,t)=>{At.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>numberProcessor(e,t,r,n);e.isFinite=true},s.un({minValue:e=>{const{minimum:t,exclusiveMinimum:r}=aggregateChecks(e);return Math.max(t??Number.NEGATIVE_INFINITY,r??Number.NEGATIVE_INFINITY)},maxValue:e=>{const{maximum:t,exclusiveMaximum:r}=aggregateChecks(e);return Math.min(t??Number.POSITIVE_INFINITY,r??Number.POSITIVE_INFINITY)},isInt:e=>{const{isInt:t,multipleOf:r}=aggregateChecks(e);return!!t||!!r?.some(Number.isSafeInteger)},format:e=>aggregateChecks(e).format??null},{gt(e,t){return this.check(_gt(e,t))},gte(e,t){return this.check(_gte(e,t))},min(e,t){return this.check(_gte(e,t))},lt(e,t){return this.check(_lt(e,t))},lte(e,t){return this.check(_lte(e,t))},max(e,t){return this.check(_lte(e,t))},int(e){return this.check(schemas_int(e))},safe(e){return this.check(schemas_int(e))},positive(e){return this.check(_gt(0,e))},nonnegative(e){return this.check(_gte(0,e))},negative(e){return this.check(_lt(0,e))},nonpositive(e){return this.check(_lte(0,e))},multipleOf(e,t){return this.check(_multipleOf(e,t))},step(e,t){return this.check(_multipleOf(e,t))},finite(){return this}}));function schemas_number(e){return _number(Kn,e)}const Jn=n.xI("ZodNumberFormat",(e,t)=>{Tt.init(e,t);Kn.init(e,t)});function schemas_int(e){return _int(Jn,e)}function float32(e){return core._float32(Jn,e)}function float64(e){return core._float64(Jn,e)}function int32(e){return core._int32(Jn,e)}function uint32(e){return core._uint32(Jn,e)}const Hn=n.xI("ZodBoolean",(e,t)=>{It.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>booleanProcessor(e,t,r,n)});function schemas_boolean(e){return _boolean(Hn,e)}const es=n.xI("ZodBigInt",(e,t)=>{Rt.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>bigintProcessor(e,t,r,n)},s.un({minValue:e=>aggregateChecks(e).minimum??null,maxValue:e=>aggregateChecks(e).maximum??null,format:e=>aggregateChecks(e).format??null},{gte(e,t){return this.check(_gte(e,t))},min(e,t){return this.check(_gte(e,t))},gt(e,t){return this.check(_gt(e,t))},lt(e,t){return this.check(_lt(e,t))},lte(e,t){return this.check(_lte(e,t))},max(e,t){return this.check(_lte(e,t))},positive(e){return this.check(_gt(BigInt(0),e))},negative(e){return this.check(_lt(BigInt(0),e))},nonpositive(e){return this.check(_lte(BigInt(0),e))},nonnegative(e){return this.check(_gte(BigInt(0),e))},multipleOf(e,t){return this.check(_multipleOf(e,t))}}));function schemas_bigint(e){return core._bigint(es,e)}const ts=null&&core.$constructor("ZodBigIntFormat",(e,t)=>{core.$ZodBigIntFormat.init(e,t);es.init(e,t)});function int64(e){return core._int64(ts,e)}function uint64(e){return core._uint64(ts,e)}const rs=null&&core.$constructor("ZodSymbol",(e,t)=>{core.$ZodSymbol.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.symbolProcessor(e,t,r,n)});function symbol(e){return core._symbol(rs,e)}const ns=null&&core.$constructor("ZodUndefined",(e,t)=>{core.$ZodUndefined.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.undefinedProcessor(e,t,r,n)});function schemas_undefined(e){return core._undefined(ns,e)}const ss=null&&core.$constructor("ZodNull",(e,t)=>{core.$ZodNull.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.nullProcessor(e,t,r,n)});function schemas_null(e){return core._null(ss,e)}const is=null&&core.$constructor("ZodAny",(e,t)=>{core.$ZodAny.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.anyProcessor(e,t,r,n)});function any(){return core._any(is)}const os=n.xI("ZodUnknown",(e,t)=>{Dt.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>unknownProcessor(e,t,r,n)});function unknown(){return _unknown(os)}const as=n.xI("ZodNever",(e,t)=>{Ft.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>neverProcessor(e,t,r,n)});function never(e){return _never(as,e)}const cs=null&&core.$constructor("ZodVoid",(e,t)=>{core.$ZodVoid.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.voidProcessor(e,t,r,n)});function schemas_void(e){return core._void(cs,e)}const ls=n.xI("ZodDate",(e,t)=>{Qt.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>dateProcessor(e,t,r,n);e.min=(t,r)=>e.check(_gte(t,r));e.max=(t,r)=>e.check(_lte(t,r))},s.un({minDate:e=>{const{minimum:t}=aggregateChecks(e);return t?new Date(t):null},maxDate:e=>{const{maximum:t}=aggregateChecks(e);return t?new Date(t):null}},{}));function schemas_date(e){return core._date(ls,e)}const us=n.xI("ZodArray",(e,t)=>{_ensureDefaultMemoizer();Ut.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>arrayProcessor(e,t,r,n);e.element=t.element},{min(e,t){return this.check(_minLength(e,t))},nonempty(e){return this.check(_minLength(1,e))},max(e,t){return this.check(_maxLength(e,t))},length(e,t){return this.check(_length(e,t))},unwrap(){return this.element}});function array(e,t){return _array(us,e,t)}function keyof(e){const t=e._zod.def.shape;return schemas_enum(Object.keys(t))}const fs=n.xI("ZodObject",(e,t)=>{_ensureDefaultMemoizer();Zt.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>objectProcessor(e,t,r,n);s.X(e,"shape",e=>e._zod.def.shape,false)},{keyof(){return schemas_enum(Object.keys(this._zod.def.shape))},catchall(e){return this.clone(s.zM(this._zod.def,{catchall:e}))},passthrough(){return this.clone(s.zM(this._zod.def,{catchall:unknown()}))},loose(){return this.clone(s.zM(this._zod.def,{catchall:unknown()}))},strict(){return this.clone(s.zM(this._zod.def,{catchall:never()}))},strip(){return this.clone(s.zM(this._zod.def,{catchall:undefined}))},extend(e){return s.X$(this,e)},safeExtend(e){return s.W0(this,e)},merge(e){return s.h1(this,e)},pick(e){return s.Up(this,e)},omit(e){return s.cJ(this,e)},partial(...e){return s.OH(ks,this,e[0])},exactPartial(...e){return s.OH(Ss,this,e[0],"exactPartial")},required(...e){return s.mw(Ns,this,e[0])}});function object(e,t){const r={type:"object",shape:e??{},...s.A2(t)};return new fs(r)}function strictObject(e,t){return new fs({type:"object",shape:e,catchall:never(),...util.normalizeParams(t)})}function looseObject(e,t){return new fs({type:"object",shape:e,catchall:unknown(),...util.normalizeParams(t)})}const ps=n.xI("ZodUnion",(e,t)=>{Gt.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>unionProcessor(e,t,r,n);e.options=t.options});function union(e,t){return new ps({type:"union",options:e,...s.A2(t)})}const ds=null&&core.$constructor("ZodXor",(e,t)=>{ps.init(e,t);core.$ZodXor.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.unionProcessor(e,t,r,n);e.options=t.options});function xor(e,t){return new ds({type:"union",options:e,inclusive:false,...util.normalizeParams(t)})}const hs=n.xI("ZodDiscriminatedUnion",(e,t)=>{ps.init(e,t);Yt.init(e,t)});function discriminatedUnion(e,t,r){return new hs({type:"union",options:t,discriminator:e,...s.A2(r)})}const ms=n.xI("ZodIntersection",(e,t)=>{Wt.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>intersectionProcessor(e,t,r,n)});function intersection(e,t){return new ms({type:"intersection",left:e,right:t})}const gs=n.xI("ZodTuple",(e,t)=>{_ensureDefaultMemoizer();Kt.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>tupleProcessor(e,t,r,n)},{rest(e){return this.clone({...this._zod.def,rest:e})},partial(){const e=this._zod.def;if(e.checks?.length)throw new Error(".partial() cannot be used on tuple schemas containing refinements");return this.clone({...e,items:e.items.map(e=>new ks({type:"optional",innerType:e}))})}});function tuple(e,t,r){const n=t instanceof core.$ZodType;const s=n?r:t;const i=n?t:null;return new gs({type:"tuple",items:e,rest:i,...util.normalizeParams(s)})}const vs=n.xI("ZodRecord",(e,t)=>{_ensureDefaultMemoizer();Jt.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>recordProcessor(e,t,r,n);e.keyType=t.keyType;e.valueType=t.valueType});function record(e,t,r){if(!t||!t._zod){return new vs({type:"record",keyType:schemas_string(),valueType:e,...s.A2(t)})}return new vs({type:"record",keyType:e,valueType:t,...s.A2(r)})}function partialRecord(e,t,r){return new vs({type:"record",keyType:e,valueType:t,...util.normalizeParams(r),partial:true})}function looseRecord(e,t,r){return new vs({type:"record",keyType:e,valueType:t,mode:"loose",...util.normalizeParams(r)})}const ys=null&&core.$constructor("ZodMap",(e,t)=>{_ensureDefaultMemoizer();core.$ZodMap.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.mapProcessor(e,t,r,n);e.keyType=t.keyType;e.valueType=t.valueType;e.min=(...t)=>e.check(core._minSize(...t));e.nonempty=t=>e.check(core._minSize(1,t));e.max=(...t)=>e.check(core._maxSize(...t));e.size=(...t)=>e.check(core._size(...t))});function map(e,t,r){return new ys({type:"map",keyType:e,valueType:t,...util.normalizeParams(r)})}const bs=null&&core.$constructor("ZodSet",(e,t)=>{_ensureDefaultMemoizer();core.$ZodSet.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.setProcessor(e,t,r,n);e.min=(...t)=>e.check(core._minSize(...t));e.nonempty=t=>e.check(core._minSize(1,t));e.max=(...t)=>e.check(core._maxSize(...t));e.size=(...t)=>e.check(core._size(...t))});function set(e,t){return new bs({type:"set",valueType:e,...util.normalizeParams(t)})}const Os=n.xI("ZodEnum",(e,t)=>{tr.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>enumProcessor(e,t,r,n);e.enum=t.entries;e.options=[...e._zod.values];const r=new Set(Object.keys(t.entries));e.extract=(e,n)=>{const i={};for(const n of e){if(r.has(n)){i[n]=t.entries[n]}else throw new Error(`Key ${n} not found in enum`)}return new Os({...t,checks:[],...s.A2(n),entries:i})};e.exclude=(e,n)=>{const i={...t.entries};for(const t of e){if(r.has(t)){delete i[t]}else throw new Error(`Key ${t} not found in enum`)}return new Os({...t,checks:[],...s.A2(n),entries:i})}});function schemas_enum(e,t){const r=Array.isArray(e)?Object.fromEntries(e.map(e=>[e,e])):e;return new Os({type:"enum",entries:r,...s.A2(t)})}function nativeEnum(e,t){return new Os({type:"enum",entries:e,...util.normalizeParams(t)})}const ws=n.xI("ZodLiteral",(e,t)=>{rr.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>literalProcessor(e,t,r,n);e.values=new Set(t.values);Object.defineProperty(e,"value",{get(){if(t.values.length>1){throw new Error("This schema contains multiple valid literal values. Use `.values` instead.")}return t.values[0]}})});function literal(e,t){return new ws({type:"literal",values:Array.isArray(e)?e:[e],...s.A2(t)})}const _s=null&&core.$constructor("ZodFile",(e,t)=>{core.$ZodFile.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.fileProcessor(e,t,r,n);e.min=(t,r)=>e.check(core._minSize(t,r));e.max=(t,r)=>e.check(core._maxSize(t,r));e.mime=(t,r)=>e.check(core._mime(Array.isArray(t)?t:[t],r))});function file(e){return core._file(_s,e)}const xs=n.xI("ZodTransform",(e,t)=>{_ensureDefaultMemoizer();sr.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>transformProcessor(e,t,r,n);e._zod.parse=(r,i)=>{if(i.direction==="backward"){throw new n.cV(e.constructor.name)}r.addIssue=n=>{if(typeof n==="string"){r.issues.push(s.sn(n,r.value,t))}else{const t=n;if(t.fatal)t.continue=false;t.code??(t.code="custom");if(!("input"in t))t.input=r.value;t.inst??(t.inst=e);r.issues.push(s.sn(t))}};const o=t.transform(r.value,r);if(o instanceof Promise){return o.then(e=>{r.value=e;return r})}r.value=o;return r}});function transform(e){return new xs({type:"transform",transform:e})}const ks=n.xI("ZodOptional",(e,t)=>{ir.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>optionalProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType});function optional(e){return new ks({type:"optional",innerType:e})}const Ss=n.xI("ZodExactOptional",(e,t)=>{or.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>optionalProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType});function exactOptional(e){return new Ss({type:"optional",innerType:e})}const $s=n.xI("ZodNullable",(e,t)=>{ar.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>nullableProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType});function nullable(e){return new $s({type:"nullable",innerType:e})}function nullish(e){return optional(nullable(e))}const Ps=n.xI("ZodDefault",(e,t)=>{cr.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>defaultProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType;e.removeDefault=e.unwrap});function schemas_default(e,t){return new Ps({type:"default",innerType:e,get defaultValue(){return typeof t==="function"?t():s.yG(t)}})}const Es=n.xI("ZodPrefault",(e,t)=>{lr.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>prefaultProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType});function prefault(e,t){return new Es({type:"prefault",innerType:e,get defaultValue(){return typeof t==="function"?t():s.yG(t)}})}const Ns=n.xI("ZodNonOptional",(e,t)=>{ur.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>nonoptionalProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType});function nonoptional(e,t){return new Ns({type:"nonoptional",innerType:e,...s.A2(t)})}const As=null&&core.$constructor("ZodSuccess",(e,t)=>{core.$ZodSuccess.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.successProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType});function success(e){return new As({type:"success",innerType:e})}const Ts=n.xI("ZodCatch",(e,t)=>{pr.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>catchProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType;e.removeCatch=e.unwrap});function schemas_catch(e,t){return new Ts({type:"catch",innerType:e,catchValue:typeof t==="function"?t:s.SS(t)})}const Is=null&&core.$constructor("ZodNaN",(e,t)=>{core.$ZodNaN.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.nanProcessor(e,t,r,n)});function nan(e){return core._nan(Is,e)}const Rs=n.xI("ZodPipe",(e,t)=>{hr.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>pipeProcessor(e,t,r,n);e.in=t.in;e.out=t.out});function pipe(e,t){return new Rs({type:"pipe",in:e,out:t})}const zs=null&&core.$constructor("ZodCodec",(e,t)=>{Rs.init(e,t);core.$ZodCodec.init(e,t)});function codec(e,t,r){return new zs({type:"pipe",in:e,out:t,transform:r.decode,reverseTransform:r.encode})}function invertCodec(e){const t=e._zod.def;return new zs({type:"pipe",in:t.out,out:t.in,transform:t.reverseTransform,reverseTransform:t.transform})}const Cs=null&&core.$constructor("ZodPreprocess",(e,t)=>{Rs.init(e,t);core.$ZodPreprocess.init(e,t)});const Ls=n.xI("ZodReadonly",(e,t)=>{vr.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>readonlyProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType});function readonly(e){return new Ls({type:"readonly",innerType:e})}const Ms=null&&core.$constructor("ZodTemplateLiteral",(e,t)=>{core.$ZodTemplateLiteral.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.templateLiteralProcessor(e,t,r,n)});function templateLiteral(e,t){return new Ms({type:"template_literal",parts:e,...util.normalizeParams(t)})}const js=null&&core.$constructor("ZodLazy",(e,t)=>{core.$ZodLazy.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.lazyProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.getter()});function lazy(e){return new js({type:"lazy",getter:e})}const Ds=null&&core.$constructor("ZodPromise",(e,t)=>{core.$ZodPromise.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.promiseProcessor(e,t,r,n);e.unwrap=()=>e._zod.def.innerType});function promise(e){return new Ds({type:"promise",innerType:e})}const Fs=null&&core.$constructor("ZodFunction",(e,t)=>{core.$ZodFunction.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>processors.functionProcessor(e,t,r,n)});function _function(e){return new Fs({type:"function",input:Array.isArray(e?.input)?tuple(e?.input):e?.input??array(unknown()),output:e?.output??unknown()})}const Xs=n.xI("ZodCustom",(e,t)=>{_r.init(e,t);On.init(e,t);e._zod.processJSONSchema=(t,r,n)=>customProcessor(e,t,r,n)});function check(e){const t=new core.$ZodCheck({check:"custom"});t._zod.check=e;return t}function custom(e,t){return core._custom(Xs,e??(()=>true),t)}function refine(e,t={}){return _refine(Xs,e,t)}function superRefine(e,t){return _superRefine(e,t)}const Qs=describe;const Us=meta;const Bs=n.xI("ZodInstanceOf",(e,t)=>{Xs.init(e,t)},{properties(e,t){return this.check(_properties(e,t))}});function _instanceof(e,t={}){const r=new Bs({type:"custom",check:"custom",fn:t=>t instanceof e,abort:true,...util.normalizeParams(t)});r._zod.bag.Class=e;r._zod.check=t=>{if(!(t.value instanceof e)){t.issues.push({code:"invalid_type",expected:e.name,input:t.value,inst:r,path:[...r._zod.def.path??[]]})}};return r}const stringbool=(...e)=>core._stringbool({Codec:zs,Boolean:Hn,String:_n},...e);function json(e){const t=lazy(()=>union([schemas_string(e),schemas_number(),schemas_boolean(),schemas_null(),array(t),record(schemas_string(),t)]));return t}function preprocess(e,t){return new Cs({type:"pipe",in:transform(e),out:t})}},88532:(e,t,r)=>{r.d(t,{$W:()=>config,GT:()=>$ZodAsyncError,cV:()=>$ZodEncodeError,cr:()=>l,tm:()=>i,xI:()=>$constructor});var n=r(54723);var s;const i=Object.freeze({status:"aborted"});const o={value:undefined,enumerable:false};let a="captureStackTrace"in Error?Error:null;function newError(e){const t=a;if(t){const r=t.stackTraceLimit;if(typeof r==="number"){try{t.stackTraceLimit=0}catch{a=null;return new e}try{return new e}finally{t.stackTraceLimit=r}}}return new e}function $constructor(e,t,r,s){const i={};function Internals(e){this.def=e;this.constr=_;this.traits=new Set}Internals.prototype=i;const a=r;const c=a&&new WeakSet;function init(r,s){if(!r._zod){o.value=new Internals(s);try{Object.defineProperty(r,"_zod",o)}finally{o.value=undefined}}else if(r._zod.traits.has(e)){return}r._zod.traits.add(e);t(r,s);if(c){const e=Object.getPrototypeOf(r);const t=r._zod.constr.prototype;let s=e;while(s&&s!==t)s=Object.getPrototypeOf(s);const i=s??e;if(!c.has(i)){c.add(i);(0,n.ol)(i,a)}}const i=_.prototype;for(const e in i){if(!Object.prototype.hasOwnProperty.call(i,e))continue;if(!(e in r)){r[e]=i[e].bind(r)}}}const l=s?.Parent??Object;class Definition extends l{}Object.defineProperty(Definition,"name",{value:e});function _(e){const t=s?.Parent?newError(Definition):this;init(t,e);const r=t._zod.deferred;if(r){for(const e of r){e()}t._zod.deferred=undefined}const n=globalThis.__zod_globalConfig?.postProcessor;if(n)n(t);return t}Object.defineProperty(_,"init",{value:init});Object.defineProperty(_,Symbol.hasInstance,{value:t=>{if(s?.Parent&&t instanceof s.Parent)return true;return t?._zod?.traits?.has(e)}});Object.defineProperty(_,"name",{value:e});return _}const c=null&&Symbol("zod_brand");class $ZodAsyncError extends Error{constructor(){super(`Encountered Promise during synchronous parse. Use .parseAsync() instead.`)}}class $ZodEncodeError extends Error{constructor(e){super(`Encountered unidirectional transform during encode: ${e}`);this.name="ZodEncodeError"}}(s=globalThis).__zod_globalConfig??(s.__zod_globalConfig={});const l=globalThis.__zod_globalConfig;function config(e){if(e)Object.assign(l,e);return l}},54723:(e,t,r)=>{r.d(t,{A2:()=>normalizeParams,B7:()=>stringifyPrimitive,GW:()=>parsedType,Gv:()=>isObject,LG:()=>floatSafeRemainder,MO:()=>rawShape,NM:()=>optionalKeys,NR:()=>u,O7:()=>codePointLength,OH:()=>partial,PO:()=>cached,QH:()=>aborted,Qd:()=>isPlainObject,Rc:()=>getLengthableOrigin,SS:()=>constantCatch,UQ:()=>esc,Up:()=>pick,Vy:()=>assignProp,W0:()=>safeExtend,X:()=>installLazyProp,X$:()=>extend,Yv:()=>slugify,cJ:()=>omit,cl:()=>nullish,d3:()=>attachSchema,gx:()=>i,h1:()=>merge,hI:()=>o,hi:()=>sizeCaps,iR:()=>finalizeIssue,jD:()=>hide,jw:()=>joinValues,k8:()=>jsonStringifyReplacer,lQ:()=>prefixIssues,mw:()=>required,o8:()=>clone,ol:()=>members,p6:()=>cleanRegex,qQ:()=>a,qh:()=>own,rL:()=>explicitlyAborted,sD:()=>escapeRegex,sn:()=>issue,un:()=>derived,v5:()=>defineLazyInternal,w5:()=>getEnumValues,yG:()=>shallowClone,zH:()=>l,zM:()=>mergeDefs});var n=r(88532);function assertEqual(e){return e}function assertNotEqual(e){return e}function toZod(){return e=>e}function assertIs(e){}function assertNever(e){throw new Error("Unexpected value in exhaustive check")}function assert(e){}function getEnumValues(e){const t=Object.values(e).filter(e=>typeof e==="number");const r=Object.entries(e).filter(([e,r])=>t.indexOf(+e)===-1).map(([e,t])=>t);return r}function joinValues(e,t="|"){return e.map(e=>stringifyPrimitive(e)).join(t)}function jsonStringifyReplacer(e,t){if(typeof t==="bigint")return t.toString();return t}class Cached{constructor(e){this._getter=e;this._value=undefined}get value(){const e=this._getter;if(e!==undefined){this._value=e();this._getter=undefined}return this._value}}function cached(e){return new Cached(e)}function nullish(e){return e===null||e===undefined}function cleanRegex(e){const t=e.startsWith("^")?1:0;const r=e.endsWith("$")?e.length-1:e.length;return e.slice(t,r)}function floatSafeRemainder(e,t){const r=e/t;const n=Math.round(r);const s=4*Number.EPSILON*Math.max(Math.abs(r),1);if(Math.abs(r-n)<s)return 0;return r-n}const s=null&&Symbol("evaluating");function defineLazy(e,t,r){let n=undefined;Object.defineProperty(e,t,{get(){if(n===s){return undefined}if(n===undefined){n=s;n=r()}return n},set(r){Object.defineProperty(e,t,{value:r})},configurable:true})}function objectClone(e){return Object.create(Object.getPrototypeOf(e),Object.getOwnPropertyDescriptors(e))}function assignProp(e,t,r){Object.defineProperty(e,t,{value:r,writable:true,enumerable:true,configurable:true})}function rawShape(e){const t=Object.getOwnPropertyDescriptor(e,"shape");return t?.get?t.get.raw:t?.value}function sourceShape(e){return rawShape(e._zod.def)??e._zod.def.shape}function deferProp(e,t,r){Object.defineProperty(e,t,{get(){const e=r();assignProp(this,t,e);return e},enumerable:true,configurable:true})}function putProp(e,t,r){if(t in e)assignProp(e,t,r);else e[t]=r}function mirrorShape(e,t,r,n){const s=sourceShape(t);for(const i of r){const r=Object.getOwnPropertyDescriptor(s,i);if(!r.enumerable)continue;if(r.get){deferProp(e,i,()=>{const e=t._zod.def.shape[i];return n?n(e,i):e})}else putProp(e,i,n?n(r.value,i):r.value)}}function mirrorProps(e,t){for(const r of Reflect.ownKeys(t)){const n=Object.getOwnPropertyDescriptor(t,r);if(!n.enumerable)continue;if(n.get)deferProp(e,r,()=>t[r]);else putProp(e,r,n.value)}}function mergeDefs(...e){const t={};for(const r of e){const e=Object.getOwnPropertyDescriptors(r);Object.assign(t,e)}return Object.defineProperties({},t)}function cloneDef(e){return mergeDefs(e._zod.def)}function getElementAtPath(e,t){if(!t)return e;return t.reduce((e,t)=>e?.[t],e)}function promiseAllObject(e){const t=Object.keys(e);const r=t.map(t=>e[t]);return Promise.all(r).then(e=>{const r={};for(let n=0;n<t.length;n++){r[t[n]]=e[n]}return r})}function randomString(e=10){const t="abcdefghijklmnopqrstuvwxyz";let r="";for(let n=0;n<e;n++){r+=t[Math.floor(Math.random()*t.length)]}return r}function esc(e){return JSON.stringify(e)}function slugify(e){return e.toLowerCase().trim().replace(/[^\w\s-]/g,"").replace(/[\s_-]+/g,"-").replace(/^-+|-+$/g,"")}const i="captureStackTrace"in Error?Error.captureStackTrace:(...e)=>{};function isObject(e){return typeof e==="object"&&e!==null&&!Array.isArray(e)}const o=cached(()=>{if(n.cr.jitless){return false}if(typeof navigator!=="undefined"&&navigator?.userAgent?.includes("Cloudflare")){return false}try{const e=Function;new e("");return true}catch(e){return false}});function isPlainObject(e){if(isObject(e)===false)return false;const t=e.constructor;if(t===undefined)return true;if(typeof t!=="function")return true;const r=t.prototype;if(isObject(r)===false)return false;if(Object.prototype.hasOwnProperty.call(r,"isPrototypeOf")===false){return false}return true}function shallowClone(e){if(isPlainObject(e))return{...e};if(Array.isArray(e))return[...e];if(e instanceof Map)return new Map(e);if(e instanceof Set)return new Set(e);return e}function numKeys(e){let t=0;for(const r in e){if(Object.prototype.hasOwnProperty.call(e,r)){t++}}return t}const getParsedType=e=>{const t=typeof e;switch(t){case"undefined":return"undefined";case"string":return"string";case"number":return Number.isNaN(e)?"nan":"number";case"boolean":return"boolean";case"function":return"function";case"bigint":return"bigint";case"symbol":return"symbol";case"object":if(Array.isArray(e)){return"array"}if(e===null){return"null"}if(e.then&&typeof e.then==="function"&&e.catch&&typeof e.catch==="function"){return"promise"}if(typeof Map!=="undefined"&&e instanceof Map){return"map"}if(typeof Set!=="undefined"&&e instanceof Set){return"set"}if(typeof Date!=="undefined"&&e instanceof Date){return"date"}if(typeof File!=="undefined"&&e instanceof File){return"file"}return"object";default:throw new Error(`Unknown data type: ${t}`)}};const a=new Set(["string","number","symbol"]);const c=new Set(["string","number","bigint","boolean","symbol","undefined"]);function escapeRegex(e){return e.replace(/[.*+?^${}()|[\]\\]/g,"\\$&")}function clone(e,t,r){const n=new e._zod.constr(t??e._zod.def);if(!t||r?.parent)n._zod.parent=e;return n}function normalizeParams(e){const t=e;if(!t)return{};if(typeof t==="string")return{error:()=>t};if(t?.message!==undefined){if(t?.error!==undefined)throw new Error("Cannot specify both `message` and `error` params");t.error=t.message}delete t.message;if(typeof t.error==="string")return{...t,error:()=>t.error};return t}function createTransparentProxy(e){let t;return new Proxy({},{get(r,n,s){t??(t=e());return Reflect.get(t,n,s)},set(r,n,s,i){t??(t=e());return Reflect.set(t,n,s,i)},has(r,n){t??(t=e());return Reflect.has(t,n)},deleteProperty(r,n){t??(t=e());return Reflect.deleteProperty(t,n)},ownKeys(r){t??(t=e());return Reflect.ownKeys(t)},getOwnPropertyDescriptor(r,n){t??(t=e());return Reflect.getOwnPropertyDescriptor(t,n)},defineProperty(r,n,s){t??(t=e());return Reflect.defineProperty(t,n,s)}})}function stringifyPrimitive(e){if(typeof e==="bigint")return e.toString()+"n";if(typeof e==="string")return`"${e}"`;return`${e}`}function optionalKeys(e){return Object.keys(e).filter(t=>e[t]._zod.optin!==undefined&&e[t]._zod.optout==="optional")}const l=(()=>({safeint:[Number.MIN_SAFE_INTEGER,Number.MAX_SAFE_INTEGER],int32:[-2147483648,2147483647],uint32:[0,4294967295],float32:[-34028234663852886e22,34028234663852886e22],float64:[-Number.MAX_VALUE,Number.MAX_VALUE]}))();const u={int64:[BigInt("-9223372036854775808"),BigInt("9223372036854775807")],uint64:[BigInt(0),BigInt("18446744073709551615")]};function pick(e,t){const r=e._zod.def;const n=r.checks;const s=n&&n.length>0;if(s){throw new Error(".pick() cannot be used on object schemas containing refinements")}const i={};mirrorShape(i,e,maskedKeys(e,t));return clone(e,mergeDefs(r,{shape:i,checks:[]}))}function maskedKeys(e,t){const r=sourceShape(e);const n=[];for(const e of Reflect.ownKeys(t)){if(!Object.getOwnPropertyDescriptor(r,e)?.enumerable){throw new Error(`Unrecognized key: "${String(e)}"`)}if(t[e])n.push(e)}return n}function omit(e,t){const r=e._zod.def;const n=r.checks;const s=n&&n.length>0;if(s){throw new Error(".omit() cannot be used on object schemas containing refinements")}const i=new Set(maskedKeys(e,t));const o={};mirrorShape(o,e,Reflect.ownKeys(sourceShape(e)).filter(e=>!i.has(e)));return clone(e,mergeDefs(r,{shape:o,checks:[]}))}function extend(e,t){if(!isPlainObject(t)){throw new Error("Invalid input to extend: expected a plain object")}const r=e._zod.def.checks;const n=r&&r.length>0;if(n){const r=sourceShape(e);for(const e of Reflect.ownKeys(t)){if(Object.getOwnPropertyDescriptor(r,e)!==undefined){throw new Error("Cannot overwrite keys on object schemas containing refinements. Use `.safeExtend()` instead.")}}}return clone(e,mergeDefs(e._zod.def,{shape:extended(e,t)}))}function extended(e,t){const r={};mirrorShape(r,e,Reflect.ownKeys(sourceShape(e)));mirrorProps(r,t);return r}function safeExtend(e,t){if(!isPlainObject(t)){throw new Error("Invalid input to safeExtend: expected a plain object")}return clone(e,mergeDefs(e._zod.def,{shape:extended(e,t)}))}function merge(e,t){if(!t?._zod?.def){throw new Error("Invalid input to merge: expected an object schema. To merge a plain shape, use `.extend()`.")}if(e._zod.def.checks?.length){throw new Error(".merge() cannot be used on object schemas containing refinements. Use .safeExtend() instead.")}const r={};mirrorShape(r,e,Reflect.ownKeys(sourceShape(e)));mirrorShape(r,t,Reflect.ownKeys(sourceShape(t)));const n=mergeDefs(e._zod.def,{shape:r,get catchall(){return t._zod.def.catchall},checks:t._zod.def.checks??[]});return clone(e,n)}function partial(e,t,r,n="partial"){const s=t._zod.def;const i=s.checks;const o=i&&i.length>0;if(o){throw new Error(`.${n}() cannot be used on object schemas containing refinements`)}const a=r?new Set(maskedKeys(t,r)):undefined;const c={};mirrorShape(c,t,Reflect.ownKeys(sourceShape(t)),e&&((t,r)=>a&&!a.has(r)?t:new e({type:"optional",innerType:t})));return clone(t,mergeDefs(t._zod.def,{shape:c,checks:[]}))}function required(e,t,r){const n=r?new Set(maskedKeys(t,r)):undefined;const s={};mirrorShape(s,t,Reflect.ownKeys(sourceShape(t)),(t,r)=>n&&!n.has(r)?t:new e({type:"nonoptional",innerType:t}));return clone(t,mergeDefs(t._zod.def,{shape:s}))}function aborted(e,t=0){if(e.aborted===true)return true;for(let r=t;r<e.issues.length;r++){if(e.issues[r]?.continue!==true){return true}}return false}function explicitlyAborted(e,t=0){if(e.aborted===true)return true;for(let r=t;r<e.issues.length;r++){if(e.issues[r]?.continue===false){return true}}return false}function prefixIssues(e,t){return t.map(t=>{var r;(r=t).path??(r.path=[]);t.path.unshift(e);return t})}function unwrapMessage(e){return typeof e==="string"?e:e?.message}function sizeCaps(e){const t=[];for(const r of e??[]){const e=r._zod.def;if(!/_(length|size)$|_equals$/.test(e.check))break;const n=e.maximum??e.length??e.size;if(n>=0)t.push([n,r])}return t}function attachSchema(e,t,r){var n;for(let s=t;s<e.length;s++){(n=e[s]).schema??(n.schema=r)}}function finalizeIssue(e,t,r){var n;const s=e.inst?._zod?.traits;if(s?.has("$ZodType")){if(s.has("$ZodCheck"))(n=e).schema??(n.schema=e.inst);else e.schema=e.inst}const i=e.schema!==e.inst?e.schema?._zod.def?.error:undefined;const o=e.message?e.message:unwrapMessage(e.inst?._zod.def?.error?.(e))??unwrapMessage(i?.(e))??unwrapMessage(t?.error?.(e))??unwrapMessage(r.customError?.(e))??unwrapMessage(r.localeError?.(e))??"Invalid input";const a={};for(const t of Object.keys(e)){if(t==="inst"||t==="schema"||t==="continue"||t==="input"||t==="__proto__")continue;a[t]=e[t]}a.path??(a.path=[]);a.message=o;if(t?.reportInput){a.input=e.input}return a}function getSizableOrigin(e){if(e instanceof Set)return"set";if(e instanceof Map)return"map";if(e instanceof File)return"file";return"unknown"}const f=/[\uD800-\uDBFF]/;function codePointLength(e){const t=e.length;if(!f.test(e))return t;let r=t;for(let n=0;n<t-1;n++){if((e.charCodeAt(n)&64512)===55296&&(e.charCodeAt(n+1)&64512)===56320){r--;n++}}return r}function getLengthableOrigin(e){if(Array.isArray(e))return"array";if(typeof e==="string")return"string";return"unknown"}function parsedType(e){const t=typeof e;switch(t){case"number":{return Number.isNaN(e)?"nan":"number"}case"object":{if(e===null){return"null"}if(Array.isArray(e)){return"array"}const t=e;if(t&&Object.getPrototypeOf(t)!==Object.prototype&&"constructor"in t&&t.constructor){return t.constructor.name}}}return t}function issue(...e){const[t,r,n]=e;if(typeof t==="string"){return{message:t,code:"custom",input:r,inst:n}}return{...t}}function cleanEnum(e){return Object.entries(e).filter(([e,t])=>Number.isNaN(Number.parseInt(e,10))).map(e=>e[1])}function base64ToUint8Array(e){const t=atob(e);const r=new Uint8Array(t.length);for(let e=0;e<t.length;e++){r[e]=t.charCodeAt(e)}return r}function uint8ArrayToBase64(e){let t="";for(let r=0;r<e.length;r++){t+=String.fromCharCode(e[r])}return btoa(t)}function base64urlToUint8Array(e){const t=e.replace(/-/g,"+").replace(/_/g,"/");const r="=".repeat((4-t.length%4)%4);return base64ToUint8Array(t+r)}function uint8ArrayToBase64url(e){return uint8ArrayToBase64(e).replace(/\+/g,"-").replace(/\//g,"_").replace(/=/g,"")}function hexToUint8Array(e){const t=e.replace(/^0x/,"");if(t.length%2!==0){throw new Error("Invalid hex string length")}const r=new Uint8Array(t.length/2);for(let e=0;e<t.length;e+=2){r[e/2]=Number.parseInt(t.slice(e,e+2),16)}return r}function uint8ArrayToHex(e){return Array.from(e).map(e=>e.toString(16).padStart(2,"0")).join("")}class Class{constructor(...e){}}function members(e,t){for(const r in t){const n=Object.getOwnPropertyDescriptor(t,r);if(n.get)Object.defineProperty(e,r,{...n,enumerable:false});else defineBound(e,r,n.value)}}function own(e,t,r,n=true){Object.defineProperty(e,t,{configurable:true,writable:true,enumerable:n,value:r});return r}function hide(e,t,r){return own(e,t,r,false)}function derived(e,t){for(const r in e){const n=e[r];Object.defineProperty(t,r,{configurable:true,enumerable:true,get(){return own(this,r,n(this))},set(e){own(this,r,e)}})}return t}function defineBound(e,t,r){Object.defineProperty(e,t,{configurable:true,get(){return this==null?r:own(this,t,r.bind(this))},set(e){own(this,t,e)}})}function claim(e,t){const r=Object.getPrototypeOf(e);return t in r?undefined:r}let p;let d=false;const h={configurable:true,get(){d=true;return undefined}};function defineLazyInternal(e,t,r){const n=Object.getPrototypeOf(e._zod);if(t in n&&p!==e._zod){p=undefined;return}p=e._zod;Object.defineProperty(n,t,{configurable:true,get(){Object.defineProperty(this,t,h);const e=d;d=false;try{const n=r(this);if(d)delete this[t];else Object.defineProperty(this,t,{configurable:true,writable:true,value:n});d=d||e;return n}catch(r){delete this[t];d=d||e;throw r}},set(e){Object.defineProperty(this,t,{configurable:true,writable:true,value:e})}})}function installLazyProp(e,t,r,n){const s=claim(e,t);if(!s)return;Object.defineProperty(s,t,{configurable:true,get(){const e={configurable:true,writable:true,enumerable:n,value:undefined};Object.defineProperty(this,t,e);e.value=r(this);Object.defineProperty(this,t,e);return e.value},set(e){Object.defineProperty(this,t,{configurable:true,writable:true,enumerable:n,value:e})}})}const m="~constantCatch";function constantCatch(e){const fn=()=>e;fn[m]=true;return fn}},75613:e=>{e.exports=JSON.parse("[1,1,2,6,24,120,720,5040,40320,362880,3628800,39916800,479001600,6227020800,87178291200,1307674368000,20922789888000,355687428096000,6402373705728000,121645100408832000,2432902008176640000,51090942171709440000,1.1240007277776077e+21,2.585201673888498e+22,6.204484017332394e+23,1.5511210043330986e+25,4.0329146112660565e+26,1.0888869450418352e+28,3.0488834461171387e+29,8.841761993739702e+30,2.6525285981219107e+32,8.222838654177922e+33,2.631308369336935e+35,8.683317618811886e+36,2.9523279903960416e+38,1.0333147966386145e+40,3.7199332678990125e+41,1.3763753091226346e+43,5.230226174666011e+44,2.0397882081197444e+46,8.159152832478977e+47,3.345252661316381e+49,1.40500611775288e+51,6.041526306337383e+52,2.658271574788449e+54,1.1962222086548019e+56,5.502622159812089e+57,2.5862324151116818e+59,1.2413915592536073e+61,6.082818640342675e+62,3.0414093201713376e+64,1.5511187532873822e+66,8.065817517094388e+67,4.2748832840600255e+69,2.308436973392414e+71,1.2696403353658276e+73,7.109985878048635e+74,4.0526919504877214e+76,2.3505613312828785e+78,1.3868311854568984e+80,8.32098711274139e+81,5.075802138772248e+83,3.146997326038794e+85,1.98260831540444e+87,1.2688693218588417e+89,8.247650592082472e+90,5.443449390774431e+92,3.647111091818868e+94,2.4800355424368305e+96,1.711224524281413e+98,1.1978571669969892e+100,8.504785885678623e+101,6.1234458376886085e+103,4.4701154615126844e+105,3.307885441519386e+107,2.48091408113954e+109,1.8854947016660504e+111,1.4518309202828587e+113,1.1324281178206297e+115,8.946182130782976e+116,7.156945704626381e+118,5.797126020747368e+120,4.753643337012842e+122,3.945523969720659e+124,3.314240134565353e+126,2.81710411438055e+128,2.4227095383672734e+130,2.107757298379528e+132,1.8548264225739844e+134,1.650795516090846e+136,1.4857159644817615e+138,1.352001527678403e+140,1.2438414054641308e+142,1.1567725070816416e+144,1.087366156656743e+146,1.032997848823906e+148,9.916779348709496e+149,9.619275968248212e+151,9.426890448883248e+153,9.332621544394415e+155,9.332621544394415e+157,9.42594775983836e+159,9.614466715035127e+161,9.90290071648618e+163,1.0299016745145628e+166,1.081396758240291e+168,1.1462805637347084e+170,1.226520203196138e+172,1.324641819451829e+174,1.4438595832024937e+176,1.588245541522743e+178,1.7629525510902446e+180,1.974506857221074e+182,2.2311927486598138e+184,2.5435597334721877e+186,2.925093693493016e+188,3.393108684451898e+190,3.969937160808721e+192,4.684525849754291e+194,5.574585761207606e+196,6.689502913449127e+198,8.094298525273444e+200,9.875044200833601e+202,1.214630436702533e+205,1.506141741511141e+207,1.882677176888926e+209,2.372173242880047e+211,3.0126600184576594e+213,3.856204823625804e+215,4.974504222477287e+217,6.466855489220474e+219,8.47158069087882e+221,1.1182486511960043e+224,1.4872707060906857e+226,1.9929427461615188e+228,2.6904727073180504e+230,3.659042881952549e+232,5.012888748274992e+234,6.917786472619489e+236,9.615723196941089e+238,1.3462012475717526e+241,1.898143759076171e+243,2.695364137888163e+245,3.854370717180073e+247,5.5502938327393044e+249,8.047926057471992e+251,1.1749972043909107e+254,1.727245890454639e+256,2.5563239178728654e+258,3.80892263763057e+260,5.713383956445855e+262,8.62720977423324e+264,1.3113358856834524e+267,2.0063439050956823e+269,3.0897696138473508e+271,4.789142901463394e+273,7.471062926282894e+275,1.1729568794264145e+278,1.853271869493735e+280,2.9467022724950384e+282,4.7147236359920616e+284,7.590705053947219e+286,1.2296942187394494e+289,2.0044015765453026e+291,3.287218585534296e+293,5.423910666131589e+295,9.003691705778438e+297,1.503616514864999e+300,2.5260757449731984e+302,4.269068009004705e+304,7.257415615307999e+306]")}};var r={};function __nccwpck_require__(e){var n=r[e];if(n!==undefined){return n.exports}var s=r[e]={id:e,loaded:false,exports:{}};var i=true;try{t[e].call(s.exports,s,s.exports,__nccwpck_require__);i=false}finally{if(i)delete r[e]}s.loaded=true;return s.exports}__nccwpck_require__.m=t;if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/";(()=>{var e=typeof Symbol==="function"?Symbol("webpack queues"):"__webpack_queues__";var t=typeof Symbol==="function"?Symbol("webpack exports"):"__webpack_exports__";var r=typeof Symbol==="function"?Symbol("webpack error"):"__webpack_error__";var resolveQueue=e=>{if(e&&e.d<1){e.d=1;e.forEach(e=>e.r--);e.forEach(e=>e.r--?e.r++:e())}};var wrapDeps=n=>n.map(n=>{if(n!==null&&typeof n==="object"){if(n[e])return n;if(n.then){var s=[];s.d=0;n.then(e=>{i[t]=e;resolveQueue(s)},e=>{i[r]=e;resolveQueue(s)});var i={};i[e]=e=>e(s);return i}}var o={};o[e]=e=>{};o[t]=n;return o});__nccwpck_require__.a=(n,s,i)=>{var o;i&&((o=[]).d=-1);var a=new Set;var c=n.exports;var l;var u;var f;var p=new Promise((e,t)=>{f=t;u=e});p[t]=c;p[e]=e=>(o&&e(o),a.forEach(e),p["catch"](e=>{}));n.exports=p;s(n=>{l=wrapDeps(n);var s;var getResult=()=>l.map(e=>{if(e[r])throw e[r];return e[t]});var i=new Promise(t=>{s=()=>t(getResult);s.r=0;var fnQueue=e=>e!==o&&!a.has(e)&&(a.add(e),e&&!e.d&&(s.r++,e.push(s)));l.map(t=>t[e](fnQueue))});return s.r?i:getResult()},e=>(e?f(p[r]=e):u(c),resolveQueue(o)));o&&o.d<0&&(o.d=0)}})();(()=>{__nccwpck_require__.n=e=>{var t=e&&e.__esModule?()=>e["default"]:()=>e;__nccwpck_require__.d(t,{a:t});return t}})();(()=>{var e=Object.getPrototypeOf?e=>Object.getPrototypeOf(e):e=>e.__proto__;var t;__nccwpck_require__.t=function(r,n){if(n&1)r=this(r);if(n&8)return r;if(typeof r==="object"&&r){if(n&4&&r.__esModule)return r;if(n&16&&typeof r.then==="function")return r}var s=Object.create(null);__nccwpck_require__.r(s);var i={};t=t||[null,e({}),e([]),e(e)];for(var o=n&2&&r;typeof o=="object"&&!~t.indexOf(o);o=e(o)){Object.getOwnPropertyNames(o).forEach(e=>i[e]=()=>r[e])}i["default"]=()=>r;__nccwpck_require__.d(s,i);return s}})();(()=>{__nccwpck_require__.d=(e,t)=>{for(var r in t){if(__nccwpck_require__.o(t,r)&&!__nccwpck_require__.o(e,r)){Object.defineProperty(e,r,{enumerable:true,get:t[r]})}}}})();(()=>{__nccwpck_require__.f={};__nccwpck_require__.e=e=>Promise.all(Object.keys(__nccwpck_require__.f).reduce((t,r)=>{__nccwpck_require__.f[r](e,t);return t},[]))})();(()=>{__nccwpck_require__.u=e=>""+e+".index.js"})();(()=>{__nccwpck_require__.o=(e,t)=>Object.prototype.hasOwnProperty.call(e,t)})();(()=>{__nccwpck_require__.r=e=>{if(typeof Symbol!=="undefined"&&Symbol.toStringTag){Object.defineProperty(e,Symbol.toStringTag,{value:"Module"})}Object.defineProperty(e,"__esModule",{value:true})}})();(()=>{__nccwpck_require__.nmd=e=>{e.paths=[];if(!e.children)e.children=[];return e}})();(()=>{var e={792:0};var installChunk=t=>{var{ids:r,modules:n,runtime:s}=t;var i,o,a=0;for(i in n){if(__nccwpck_require__.o(n,i)){__nccwpck_require__.m[i]=n[i]}}if(s)s(__nccwpck_require__);for(;a<r.length;a++){o=r[a];if(__nccwpck_require__.o(e,o)&&e[o]){e[o][0]()}e[r[a]]=0}};__nccwpck_require__.f.j=(t,r)=>{var n=__nccwpck_require__.o(e,t)?e[t]:undefined;if(n!==0){if(n){r.push(n[1])}else{if(true){var s=import("./"+__nccwpck_require__.u(t)).then(installChunk,r=>{if(e[t]!==0)e[t]=undefined;throw r});var s=Promise.race([s,new Promise(r=>n=e[t]=[r])]);r.push(n[1]=s)}}}}})();var n=__nccwpck_require__(45772);n=await n;
//# sourceMappingURL=index.js.map