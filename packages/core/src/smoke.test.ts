import * as k8s from '@kubernetes/client-node';
import * as core from '@actions/core';
import { placeholder } from '@shipgate/core';
test('loads', () => { expect(typeof k8s.KubeConfig).toBe('function'); expect(typeof core.getInput).toBe('function'); expect(placeholder).toBe(1); });
